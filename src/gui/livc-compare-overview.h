/* livc-compare-overview.h: the compare window's overview: the assessments compared in a
 * table (sortable by every column, filtered by region, stage, dates and name) and up to
 * LIVC_RADAR_MAX_SERIES of them overlaid on a radar with its legend.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-compare-radar.h"
#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_COMPARE_OVERVIEW (livc_compare_overview_get_type ())
G_DECLARE_FINAL_TYPE (LivcCompareOverview, livc_compare_overview, LIVC, COMPARE_OVERVIEW, AdwBin)

/* With LIVC_COMPARE_ALL as region or stage: no filter on it. */
#define LIVC_COMPARE_ALL (-1)

GtkWidget        *livc_compare_overview_new            (void);
LivcComparison   *livc_compare_overview_get_comparison (LivcCompareOverview *self);
void              livc_compare_overview_set_comparison (LivcCompareOverview *self,
                                                        LivcComparison      *comparison);
gboolean          livc_compare_overview_get_loading    (LivcCompareOverview *self);
void              livc_compare_overview_set_loading    (LivcCompareOverview *self,
                                                        gboolean             loading);
GListModel       *livc_compare_overview_get_rows       (LivcCompareOverview *self);
gboolean          livc_compare_overview_sort_by        (LivcCompareOverview *self,
                                                        const char          *column,
                                                        gboolean             descending);
int               livc_compare_overview_get_region     (LivcCompareOverview *self);
void              livc_compare_overview_set_region     (LivcCompareOverview *self,
                                                        int                  region);
int               livc_compare_overview_get_stage      (LivcCompareOverview *self);
void              livc_compare_overview_set_stage      (LivcCompareOverview *self,
                                                        int                  stage);
const char       *livc_compare_overview_get_date_from  (LivcCompareOverview *self);
void              livc_compare_overview_set_date_from  (LivcCompareOverview *self,
                                                        const char          *from);
const char       *livc_compare_overview_get_date_to    (LivcCompareOverview *self);
void              livc_compare_overview_set_date_to    (LivcCompareOverview *self,
                                                        const char          *to);
const char       *livc_compare_overview_get_search     (LivcCompareOverview *self);
void              livc_compare_overview_set_search     (LivcCompareOverview *self,
                                                        const char          *search);
LivcCompareRadar *livc_compare_overview_get_radar      (LivcCompareOverview *self);

G_END_DECLS
