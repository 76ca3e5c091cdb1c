/* livc-settings.h: the app's settings, shared by every window that remembers something.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-core.h"

G_BEGIN_DECLS

/* New settings of the app's schema (transfer full), or NULL, with a warning, when the
 * schema cannot be found: a run from an odd place still works, only without remembering
 * anything. */
GSettings *livc_settings_new             (void);
/* Puts the logo the settings name on report's cover; a message (transfer full) when it
 * cannot be used, the report then going without it; NULL otherwise. */
char      *livc_settings_set_report_logo (GSettings  *settings,
                                          LivcReport *report);

G_END_DECLS
