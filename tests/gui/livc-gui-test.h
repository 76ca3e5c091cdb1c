/* livc-gui-test.h: what every GUI test program does around its tests: the process set up as
 * main.c sets up the app, for Xvfb, in private folders; the application; the clean-up.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-application.h"

G_BEGIN_DECLS

char            *livc_gui_test_init          (const char *tmp_template);
LivcApplication *livc_gui_test_app_new       (void);
gboolean         livc_gui_test_iterate_until (gboolean  (*cond) (gpointer),
                                              gpointer    data,
                                              guint       timeout_ms);
void             livc_gui_test_finish        (LivcApplication **app,
                                              char             **tmpdir);

G_END_DECLS
