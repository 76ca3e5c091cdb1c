/* livc-participant-private.h: what the loader, the merge and the writer reach beyond
 * the public API. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-foreign-private.h"
#include "livc-participant.h"

G_BEGIN_DECLS

LivcForeign *livc_participant_get_foreign (LivcParticipant *self);

G_END_DECLS
