/* livc-compare-charts.h: the compare window's drawings: the overlaid radar (or one cell
 * against its peers' band), the trend's small multiples and the peers' bars.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_COMPARE_RADAR (livc_compare_radar_get_type ())
G_DECLARE_FINAL_TYPE (LivcCompareRadar, livc_compare_radar, LIVC, COMPARE_RADAR, GtkWidget)

GtkWidget *livc_compare_radar_new        (void);
void       livc_compare_radar_set_series (LivcCompareRadar *self,
                                          LivcComparison   *comparison,
                                          const guint      *indices,
                                          guint             n,
                                          gboolean          band);
guint      livc_compare_radar_get_n_series (LivcCompareRadar *self);
guint      livc_compare_radar_get_n_draws  (LivcCompareRadar *self);

GtkWidget *livc_compare_trend_chart_new  (void);
void       livc_compare_trend_chart_set  (GtkWidget        *chart,
                                          LivcComparison   *comparison,
                                          LivcTrend        *trend);

GtkWidget *livc_compare_peer_bar_new     (double            value,
                                          double            low,
                                          double            median,
                                          double            high);

G_END_DECLS
