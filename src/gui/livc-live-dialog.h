/* livc-live-dialog.h: the "Start Live Round" dialog: the network, the open domains, and
 * whether members may add themselves. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_LIVE_DIALOG (livc_live_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LivcLiveDialog, livc_live_dialog, LIVC, LIVE_DIALOG, AdwWindow)

LivcLiveDialog *livc_live_dialog_new                (GtkWindow      *parent,
                                                     LivcDocument   *document,
                                                     const char     *lang,
                                                     int             current_domain);
guint           livc_live_dialog_get_n_addresses    (LivcLiveDialog *self);
GInetAddress   *livc_live_dialog_get_address        (LivcLiveDialog *self);
void            livc_live_dialog_select_address     (LivcLiveDialog *self,
                                                     GInetAddress   *address);
char          **livc_live_dialog_dup_open_domains   (LivcLiveDialog *self);
void            livc_live_dialog_set_domain_open    (LivcLiveDialog *self,
                                                     guint           domain,
                                                     gboolean        open);
gboolean        livc_live_dialog_get_allow_add      (LivcLiveDialog *self);
gboolean        livc_live_dialog_start              (LivcLiveDialog *self);

G_END_DECLS
