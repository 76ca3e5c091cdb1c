/* livc-compare-peer-bar.h: one score against its peers' on a bar from 0 to 100: the
 * 25th–75th percentile as a band, the median as a line, the cell's own score as a dot.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIVC_TYPE_COMPARE_PEER_BAR (livc_compare_peer_bar_get_type ())
G_DECLARE_FINAL_TYPE (LivcComparePeerBar, livc_compare_peer_bar, LIVC, COMPARE_PEER_BAR,
                      GtkDrawingArea)

GtkWidget *livc_compare_peer_bar_new (double value,
                                      double low,
                                      double median,
                                      double high);

G_END_DECLS
