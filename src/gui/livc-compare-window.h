/* livc-compare-window.h: the coach's compare window: many assessments loaded in the
 * background, an overview (radar and sortable, filterable table), the trend of one
 * municipality, one cell against its peers, and the comparison report's PDF and CSV.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-compare-overview.h"
#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_COMPARE_WINDOW (livc_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (LivcCompareWindow, livc_compare_window, LIVC, COMPARE_WINDOW,
                      AdwApplicationWindow)

LivcCompareWindow *livc_compare_window_new             (GtkApplication    *app);
void               livc_compare_window_load            (LivcCompareWindow *self,
                                                        GFile * const     *files,
                                                        guint              n_files);
void               livc_compare_window_cancel_load     (LivcCompareWindow *self);
gboolean           livc_compare_window_is_loading      (LivcCompareWindow *self);
double             livc_compare_window_get_progress    (LivcCompareWindow *self);
const char        *livc_compare_window_get_progress_text (LivcCompareWindow *self);
LivcComparison    *livc_compare_window_get_comparison  (LivcCompareWindow *self);
LivcDiagnostics   *livc_compare_window_get_problems    (LivcCompareWindow *self);
GListModel        *livc_compare_window_get_rows        (LivcCompareWindow *self);
gboolean           livc_compare_window_sort_by         (LivcCompareWindow *self,
                                                        const char        *column,
                                                        gboolean           descending);
void               livc_compare_window_set_filter      (LivcCompareWindow *self,
                                                        int                region,
                                                        int                stage,
                                                        const char        *from,
                                                        const char        *to,
                                                        const char        *search);
void               livc_compare_window_set_highlight   (LivcCompareWindow *self,
                                                        guint              index);
void               livc_compare_window_show_view       (LivcCompareWindow *self,
                                                        const char        *name);
char              *livc_compare_window_dup_peer_summary (LivcCompareWindow *self,
                                                        guint              domain);
LivcCompareRadar  *livc_compare_window_get_radar       (LivcCompareWindow *self);
gboolean           livc_compare_window_export_pdf_to   (LivcCompareWindow *self,
                                                        const char        *lang,
                                                        GFile             *file,
                                                        GError           **error);
gboolean           livc_compare_window_export_csv_to   (LivcCompareWindow *self,
                                                        GFile             *file,
                                                        GError           **error);
char              *livc_compare_window_dup_export_summary (LivcCompareWindow *self);

G_END_DECLS
