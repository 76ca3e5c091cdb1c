/* livc-round-view.h: an individual round on one machine: a grid per domain with each
 * member's rating of each item, hidden until the reveal if the team wants.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_ROUND_VIEW (livc_round_view_get_type ())
G_DECLARE_FINAL_TYPE (LivcRoundView, livc_round_view, LIVC, ROUND_VIEW, AdwBin)

GtkWidget *livc_round_view_new         (void);
void       livc_round_view_set_domain  (LivcRoundView *self,
                                        LivcDocument  *document,
                                        guint          domain,
                                        const char    *lang);
void       livc_round_view_set_current (LivcRoundView *self,
                                        guint          participant);
guint      livc_round_view_get_current (LivcRoundView *self);
LivcItem  *livc_round_view_get_item_of (LivcRoundView *self,
                                        GtkWidget     *cell);
GtkEntry  *livc_round_view_get_entry   (LivcRoundView *self,
                                        guint          item,
                                        guint          participant);
gboolean   livc_round_parse_rating     (LivcItem      *item,
                                        const char    *text,
                                        int           *value);

G_END_DECLS
