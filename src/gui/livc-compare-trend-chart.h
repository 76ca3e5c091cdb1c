/* livc-compare-trend-chart.h: the trend of one municipality: one small chart per domain
 * and one overall, three to a row.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_COMPARE_TREND_CHART (livc_compare_trend_chart_get_type ())
G_DECLARE_FINAL_TYPE (LivcCompareTrendChart, livc_compare_trend_chart, LIVC, COMPARE_TREND_CHART,
                      GtkDrawingArea)

GtkWidget *livc_compare_trend_chart_new       (void);
void       livc_compare_trend_chart_set_trend (LivcCompareTrendChart *self,
                                               LivcComparison        *comparison,
                                               const LivcTrend       *trend);

G_END_DECLS
