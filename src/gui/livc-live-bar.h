/* livc-live-bar.h: the bar that says a live round runs, with the way back to its code and
 * Stop. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-live-round.h"

G_BEGIN_DECLS

#define LIVC_TYPE_LIVE_BAR (livc_live_bar_get_type ())
G_DECLARE_FINAL_TYPE (LivcLiveBar, livc_live_bar, LIVC, LIVE_BAR, AdwBin)

GtkWidget  *livc_live_bar_new       (void);
void        livc_live_bar_set_round (LivcLiveBar   *self,
                                     LivcLiveRound *round);
const char *livc_live_bar_get_text  (LivcLiveBar   *self);

G_END_DECLS
