/* livc-application.h: the application: actions, windows, the built-in questionnaire.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIVC_TYPE_APPLICATION (livc_application_get_type ())
G_DECLARE_FINAL_TYPE (LivcApplication, livc_application, LIVC, APPLICATION, AdwApplication)

LivcApplication *livc_application_new          (void);
void             livc_application_open_compare (LivcApplication *self,
                                                GFile * const   *files,
                                                guint            n_files);

G_END_DECLS
