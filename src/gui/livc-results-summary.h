/* livc-results-summary.h: the top of the results page: score, stage, domain table,
 * compliance alerts and recommendations.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_RESULTS_SUMMARY (livc_results_summary_get_type ())
G_DECLARE_FINAL_TYPE (LivcResultsSummary, livc_results_summary, LIVC, RESULTS_SUMMARY, GtkBox)

GtkWidget *livc_results_summary_new    (void);
void       livc_results_summary_update (LivcResultsSummary *self,
                                        LivcDocument       *document,
                                        const char         *lang);

G_END_DECLS
