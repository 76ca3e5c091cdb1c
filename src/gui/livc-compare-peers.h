/* livc-compare-peers.h: the compare window's peers view: one cell against the median and
 * the 25th–75th percentile band of the others, per domain and per item.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_COMPARE_PEERS (livc_compare_peers_get_type ())
G_DECLARE_FINAL_TYPE (LivcComparePeers, livc_compare_peers, LIVC, COMPARE_PEERS, AdwBin)

GtkWidget      *livc_compare_peers_new            (void);
LivcComparison *livc_compare_peers_get_comparison (LivcComparePeers *self);
void            livc_compare_peers_set_comparison (LivcComparePeers *self,
                                                   LivcComparison   *comparison);
guint           livc_compare_peers_get_highlight  (LivcComparePeers *self);
void            livc_compare_peers_set_highlight  (LivcComparePeers *self,
                                                   guint             index);
char           *livc_compare_peers_dup_summary    (LivcComparePeers *self,
                                                   guint             domain);

G_END_DECLS
