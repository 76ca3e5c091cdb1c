/* livc-compare-loader.h: loads and scores many assessments in a worker thread and hands
 * them to the main thread in batches, with progress and cancellation.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-core.h"

G_BEGIN_DECLS

/* One file, loaded or not. */
typedef struct
{
  char            *path;
  LivcScoreSet    *scores;  /* NULL when the file did not load */
  LivcDiagnostics *diag;    /* its problems and warnings, maybe none */
} LivcCompareLoaded;

void livc_compare_loaded_free (LivcCompareLoaded *loaded);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcCompareLoaded, livc_compare_loaded_free)

#define LIVC_TYPE_COMPARE_LOADER (livc_compare_loader_get_type ())
G_DECLARE_FINAL_TYPE (LivcCompareLoader, livc_compare_loader, LIVC, COMPARE_LOADER, GObject)

LivcCompareLoader *livc_compare_loader_new       (GFile * const     *files,
                                                  guint              n_files);
void               livc_compare_loader_start     (LivcCompareLoader *self);
void               livc_compare_loader_cancel    (LivcCompareLoader *self);
gboolean           livc_compare_loader_is_running (LivcCompareLoader *self);
guint              livc_compare_loader_get_done  (LivcCompareLoader *self);
guint              livc_compare_loader_get_total (LivcCompareLoader *self);

G_END_DECLS
