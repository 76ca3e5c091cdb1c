/* livc-ods.h: tables as an OpenDocument spreadsheet (.ods).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-sheet.h"

G_BEGIN_DECLS

GBytes *livc_ods_to_bytes (LivcSheet  *sheet,
                           GError    **error);

G_END_DECLS
