/* livc-diagnostics.c: problem lists for the loader, the validator and the CLI.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "livc-diagnostics.h"

/* Past this many problems in one file the rest are counted, not listed: a hostile file
 * must not be able to make the report itself huge. */
#define MAX_PROBLEMS 200

struct _LivcDiagnostics
{
  GPtrArray *problems;
  guint      dropped;
};

static void
problem_free (gpointer data)
{
  LivcProblem *p = data;

  g_free (p->file);
  g_free (p->message);
  g_free (p);
}

LivcDiagnostics *
livc_diagnostics_new (void)
{
  LivcDiagnostics *diag = g_new0 (LivcDiagnostics, 1);

  diag->problems = g_ptr_array_new_with_free_func (problem_free);
  return diag;
}

void
livc_diagnostics_free (LivcDiagnostics *diag)
{
  if (diag == NULL)
    return;
  g_ptr_array_unref (diag->problems);
  g_free (diag);
}

void
livc_diagnostics_add (LivcDiagnostics *diag,
                      LivcSeverity     severity,
                      const char      *file,
                      int              line,
                      const char      *format,
                      ...)
{
  LivcProblem *p;
  va_list args;

  g_return_if_fail (diag != NULL);

  if (diag->problems->len >= MAX_PROBLEMS)
    {
      diag->dropped++;
      if (severity == LIVC_SEVERITY_WARNING)
        return;
      /* An error must stay visible even past the cap. */
      p = g_ptr_array_index (diag->problems, diag->problems->len - 1);
      if (p->severity == LIVC_SEVERITY_ERROR)
        return;
      g_ptr_array_remove_index (diag->problems, diag->problems->len - 1);
    }
  p = g_new0 (LivcProblem, 1);
  p->severity = severity;
  p->file = g_strdup (file);
  p->line = line;
  va_start (args, format);
  p->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_strchomp (p->message);
  g_ptr_array_add (diag->problems, p);
}

guint
livc_diagnostics_get_n (LivcDiagnostics *diag)
{
  g_return_val_if_fail (diag != NULL, 0);
  return diag->problems->len;
}

const LivcProblem *
livc_diagnostics_get (LivcDiagnostics *diag,
                      guint            index)
{
  g_return_val_if_fail (diag != NULL, NULL);
  g_return_val_if_fail (index < diag->problems->len, NULL);
  return g_ptr_array_index (diag->problems, index);
}

guint
livc_diagnostics_count (LivcDiagnostics *diag,
                        LivcSeverity     severity)
{
  guint n = 0;

  g_return_val_if_fail (diag != NULL, 0);

  for (guint i = 0; i < diag->problems->len; i++)
    if (((LivcProblem *) g_ptr_array_index (diag->problems, i))->severity == severity)
      n++;
  return n;
}

/* "FILE:LINE: message", as compilers and the CLI contract print it. */
char *
livc_problem_to_string (const LivcProblem *problem)
{
  const char *prefix = problem->severity == LIVC_SEVERITY_WARNING ? _("warning: ") : "";

  if (problem->line > 0)
    return g_strdup_printf ("%s:%d: %s%s", problem->file, problem->line, prefix,
                            problem->message);
  return g_strdup_printf ("%s: %s%s", problem->file, prefix, problem->message);
}

/* All problems of one severity from index first on, one per line. */
char *
livc_diagnostics_join (LivcDiagnostics *diag,
                       guint            first,
                       LivcSeverity     severity)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (diag != NULL, NULL);

  for (guint i = first; i < diag->problems->len; i++)
    {
      const LivcProblem *p = g_ptr_array_index (diag->problems, i);
      g_autofree char *line = NULL;

      if (p->severity != severity)
        continue;
      line = livc_problem_to_string (p);
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, line);
    }
  if (diag->dropped > 0 && severity == LIVC_SEVERITY_ERROR)
    g_string_append_printf (s, "\n%s",
                            _("(further problems not listed)"));
  return g_string_free (s, FALSE);
}
