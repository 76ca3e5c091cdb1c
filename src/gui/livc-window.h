/* livc-window.h: the main window: welcome page, the assessment editor with its live radar
 * and results, and presentation mode.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-document.h"
/* livc_show_problems () was declared here before it had a file of its own. */
#include "livc-problems-dialog.h"

G_BEGIN_DECLS

#define LIVC_TYPE_WINDOW (livc_window_get_type ())
G_DECLARE_FINAL_TYPE (LivcWindow, livc_window, LIVC, WINDOW, AdwApplicationWindow)

LivcWindow   *livc_window_new              (GtkApplication  *app);
LivcDocument *livc_window_get_document     (LivcWindow      *self);
void          livc_window_set_document     (LivcWindow      *self,
                                            LivcDocument    *document,
                                            const char      *lang);
gboolean      livc_window_open_file        (LivcWindow      *self,
                                            GFile           *file);
gboolean      livc_window_save_to          (LivcWindow      *self,
                                            GFile           *file,
                                            GError         **error);
gboolean      livc_window_export_pdf_to    (LivcWindow      *self,
                                            const char      *lang,
                                            GFile           *file,
                                            GError         **error);
void          livc_window_select_domain    (LivcWindow      *self,
                                            int              index);
gboolean      livc_window_merge_files      (LivcWindow      *self,
                                            GListModel      *files);
void          livc_window_offer_recovery   (LivcWindow      *self);
gboolean      livc_window_is_empty         (LivcWindow      *self);
const char   *livc_window_get_lang         (LivcWindow      *self);

G_END_DECLS
