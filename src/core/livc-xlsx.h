/* livc-xlsx.h: tables as an Office Open XML workbook (.xlsx).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-sheet.h"

G_BEGIN_DECLS

GBytes *livc_xlsx_to_bytes (LivcSheet  *sheet,
                            GError    **error);

G_END_DECLS
