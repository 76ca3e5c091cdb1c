/* livc-radar-view.h: the live radar of an open assessment, redrawn as answers change.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_RADAR_VIEW (livc_radar_view_get_type ())
G_DECLARE_FINAL_TYPE (LivcRadarView, livc_radar_view, LIVC, RADAR_VIEW, GtkWidget)

GtkWidget *livc_radar_view_new          (void);
void       livc_radar_view_set_document (LivcRadarView *self,
                                         LivcDocument  *document);
void       livc_radar_view_set_lang     (LivcRadarView *self,
                                         const char    *lang);
guint      livc_radar_view_get_n_draws  (LivcRadarView *self);

G_END_DECLS
