/* livc-results-view.h: the results page: overall score and stage, the domain table,
 * compliance alerts, the recommendations that apply and the action plan editor.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_RESULTS_VIEW (livc_results_view_get_type ())
G_DECLARE_FINAL_TYPE (LivcResultsView, livc_results_view, LIVC, RESULTS_VIEW, GtkWidget)

GtkWidget *livc_results_view_new          (void);
void       livc_results_view_show_action  (LivcResultsView *self,
                                          LivcAction      *action);
void       livc_results_view_set_document (LivcResultsView *self,
                                           LivcDocument    *document,
                                           const char      *lang);


G_END_DECLS
