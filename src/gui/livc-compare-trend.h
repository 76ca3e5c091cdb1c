/* livc-compare-trend.h: the compare window's trend view: one municipality over time, its
 * domain scores per date, the items that moved between two of its assessments and the
 * items added or removed between questionnaire versions.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_COMPARE_TREND (livc_compare_trend_get_type ())
G_DECLARE_FINAL_TYPE (LivcCompareTrend, livc_compare_trend, LIVC, COMPARE_TREND, AdwBin)

GtkWidget      *livc_compare_trend_new            (void);
LivcComparison *livc_compare_trend_get_comparison (LivcCompareTrend *self);
void            livc_compare_trend_set_comparison (LivcCompareTrend *self,
                                                   LivcComparison   *comparison);

G_END_DECLS
