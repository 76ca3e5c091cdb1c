/* livc-window.h: the main window.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-application.h"

G_BEGIN_DECLS

#define LIVC_TYPE_WINDOW (livc_window_get_type ())
G_DECLARE_FINAL_TYPE (LivcWindow, livc_window, LIVC, WINDOW, AdwApplicationWindow)

LivcWindow *livc_window_new (LivcApplication *app);

G_END_DECLS
