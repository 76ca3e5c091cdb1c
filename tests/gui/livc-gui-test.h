/* livc-gui-test.h: what every GUI test program does around its tests: the process set up as
 * main.c sets up the app, for Xvfb, in private folders; the application; the clean-up; and
 * the main loop run until a condition holds.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-application.h"

G_BEGIN_DECLS

void             livc_gui_test_init_process  (void);
char            *livc_gui_test_init          (const char         *tmp_template);
LivcApplication *livc_gui_test_app_new       (void);
void             livc_gui_test_finish        (LivcApplication   **app,
                                              char              **tmpdir);
gboolean         livc_gui_test_iterate_until (gboolean          (*cond) (gpointer),
                                              gpointer            data,
                                              guint               timeout_ms);
void             livc_gui_test_settle        (void);
void             livc_gui_test_wait_frames   (GtkWidget          *widget,
                                              guint               n);
gboolean         livc_gui_test_at_rest       (gpointer            widget);
void             livc_gui_test_rest          (GtkWidget          *widget);
GtkWindow       *livc_gui_test_find_window   (GType               type);
gboolean         livc_gui_test_window_gone   (gpointer            window);

G_END_DECLS
