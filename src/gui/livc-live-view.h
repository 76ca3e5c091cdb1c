/* livc-live-view.h: the shared screen of a live round: QR code, address, check code and
 * each open domain's progress, never a value. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-document.h"
#include "livc-live-round.h"

G_BEGIN_DECLS

#define LIVC_TYPE_LIVE_VIEW (livc_live_view_get_type ())
G_DECLARE_FINAL_TYPE (LivcLiveView, livc_live_view, LIVC, LIVE_VIEW, AdwBin)

GtkWidget  *livc_live_view_new                (void);
void        livc_live_view_set_round          (LivcLiveView  *self,
                                               LivcLiveRound *round,
                                               const char    *lang);
const char *livc_live_view_get_progress_text  (LivcLiveView  *self,
                                               guint          index);
void        livc_live_qr_draw                 (cairo_t       *cr,
                                               GBytes        *modules,
                                               guint          width,
                                               double         x,
                                               double         y,
                                               double         size);

G_END_DECLS
