/* livc-reflow-bin.h: a container for text that reflows: its width never depends on the
 * height it is given, only its height on its width.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIVC_TYPE_REFLOW_BIN (livc_reflow_bin_get_type ())
G_DECLARE_FINAL_TYPE (LivcReflowBin, livc_reflow_bin, LIVC, REFLOW_BIN, AdwBin)

GtkWidget *livc_reflow_bin_new (GtkWidget *child);

G_END_DECLS
