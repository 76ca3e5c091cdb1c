/* livc-new-dialog.h: the "New Assessment" dialog: questionnaire, municipalities, date,
 * title and the language the questionnaire is shown in.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_NEW_DIALOG (livc_new_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LivcNewDialog, livc_new_dialog, LIVC, NEW_DIALOG, AdwWindow)

/* "create" (LivcDocument *document, const char *lang) is emitted once, then it closes. */
LivcNewDialog *livc_new_dialog_new          (GtkWindow     *parent,
                                             const char    *lang);
void           livc_new_dialog_set_municipality (LivcNewDialog *self,
                                                 guint          index,
                                                 const char    *name,
                                                 const char    *nis);
gboolean       livc_new_dialog_add_questionnaire_file (LivcNewDialog *self,
                                                       const char    *path);
gboolean       livc_new_dialog_create       (LivcNewDialog *self);

G_END_DECLS
