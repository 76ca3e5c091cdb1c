/* livc-diagnostics.h: the problems found in a file, each with file, line and message.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LIVC_SEVERITY_WARNING,
  LIVC_SEVERITY_ERROR,
} LivcSeverity;

typedef struct
{
  LivcSeverity severity;
  char        *file;
  int          line; /* 0 when the problem concerns the whole file */
  char        *message;
} LivcProblem;

typedef struct _LivcDiagnostics LivcDiagnostics;

LivcDiagnostics   *livc_diagnostics_new          (void);
void               livc_diagnostics_free         (LivcDiagnostics *diag);
void               livc_diagnostics_add          (LivcDiagnostics *diag,
                                                  LivcSeverity     severity,
                                                  const char      *file,
                                                  int              line,
                                                  const char      *format,
                                                  ...) G_GNUC_PRINTF (5, 6);
guint              livc_diagnostics_get_n        (LivcDiagnostics *diag);
const LivcProblem *livc_diagnostics_get          (LivcDiagnostics *diag,
                                                  guint            index);
guint              livc_diagnostics_count        (LivcDiagnostics *diag,
                                                  LivcSeverity     severity);
char              *livc_problem_to_string        (const LivcProblem *problem);
char              *livc_diagnostics_join         (LivcDiagnostics *diag,
                                                  guint            first,
                                                  LivcSeverity     severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcDiagnostics, livc_diagnostics_free)

G_END_DECLS
