/* livc-guide-window.h: the user guide, shown inside the app in the UI's language.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIVC_TYPE_GUIDE_WINDOW (livc_guide_window_get_type ())
G_DECLARE_FINAL_TYPE (LivcGuideWindow, livc_guide_window, LIVC, GUIDE_WINDOW, AdwWindow)

GtkWidget *livc_guide_window_new      (GtkWindow     *parent);
void       livc_guide_render_markdown (GtkTextBuffer *buffer,
                                       const char    *markdown);

G_END_DECLS
