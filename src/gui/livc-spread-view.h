/* livc-spread-view.h: the members' ratings of one item as dots on its scale, with the team's
 * answer marked: where a team disagrees, at a glance.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_SPREAD_VIEW (livc_spread_view_get_type ())
G_DECLARE_FINAL_TYPE (LivcSpreadView, livc_spread_view, LIVC, SPREAD_VIEW, GtkWidget)

GtkWidget *livc_spread_view_new         (LivcDocument   *document,
                                         LivcItem       *item);
char      *livc_spread_view_dup_summary (LivcSpreadView *self);
char      *livc_spread_dup_summary      (LivcDocument   *document,
                                         LivcItem       *item);

G_END_DECLS
