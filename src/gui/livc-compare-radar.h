/* livc-compare-radar.h: the compare window's radar: up to LIVC_RADAR_MAX_SERIES
 * assessments overlaid, or one cell against its peers' band, and the swatches of its
 * legend.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_COMPARE_RADAR (livc_compare_radar_get_type ())
G_DECLARE_FINAL_TYPE (LivcCompareRadar, livc_compare_radar, LIVC, COMPARE_RADAR, GtkWidget)

GtkWidget *livc_compare_radar_new          (void);
void       livc_compare_radar_set_series   (LivcCompareRadar *self,
                                            LivcComparison   *comparison,
                                            const guint      *indices,
                                            const guint      *slots,
                                            guint             n,
                                            gboolean          band);
guint      livc_compare_radar_get_n_series (LivcCompareRadar *self);
guint      livc_compare_radar_get_series_slot  (LivcCompareRadar *self,
                                                guint             k);
guint      livc_compare_radar_get_series_index (LivcCompareRadar *self,
                                                guint             k);
guint      livc_compare_radar_get_n_draws  (LivcCompareRadar *self);

GtkWidget *livc_compare_radar_swatch_new   (guint             series);

G_END_DECLS
