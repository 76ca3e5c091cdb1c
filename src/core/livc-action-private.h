/* livc-action-private.h: what the loader, the merge and the writer reach beyond the
 * public API: source lines and foreign content.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-action.h"
#include "livc-foreign-private.h"

G_BEGIN_DECLS

int          livc_action_get_line    (LivcAction *self);
void         livc_action_set_line    (LivcAction *self,
                                      int         line);
LivcForeign *livc_action_get_foreign (LivcAction *self);

G_END_DECLS
