/* livc-problems-dialog.h: the dialog that lists a file's problems, shared by every window
 * and dialog that loads, saves, exports or prints.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-core.h"

G_BEGIN_DECLS

/* Shows, over parent, a message dialog titled heading that lists diag's problems, one per
 * line as file:line: message (the first twenty, then how many more); with no problem in
 * diag (or diag NULL) it shows error's message instead. A parent that is not shown yet is
 * presented first, so that the dialog never floats alone. The dialog has the CSS class
 * "problems-dialog" and a single "close" response. */
void livc_show_problems (GtkWindow       *parent,
                         const char      *heading,
                         LivcDiagnostics *diag,
                         GError          *error);

G_END_DECLS
