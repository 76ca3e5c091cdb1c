/* livc-loader-private.h: what the loader shares with the checks of livc-check.c: the
 * context that collects a file's problems, and the error that sums them up.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-diagnostics.h"

G_BEGIN_DECLS

typedef struct
{
  const char      *file;
  LivcDiagnostics *diag;
  guint            n_errors;
} LivcLoaderCtx;

void _livc_loader_add  (LivcLoaderCtx *ctx,
                        LivcSeverity   severity,
                        int            line,
                        const char    *format,
                        ...) G_GNUC_PRINTF (4, 5);
void _livc_loader_fail (LivcLoaderCtx *ctx,
                        guint          first,
                        int            code,
                        GError       **error);

G_END_DECLS
