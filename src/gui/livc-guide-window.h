/* livc-guide-window.h: the user guide, shown inside the app in the UI's language.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *livc_guide_window_new      (GtkWindow     *parent);
void       livc_guide_render_markdown (GtkTextBuffer *buffer,
                                       const char    *markdown);

G_END_DECLS
