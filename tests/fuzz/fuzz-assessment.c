/* fuzz-assessment.c: libFuzzer target for the assessment loader, checked against the
 * built-in questionnaire; what loads is written back and must load again.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  livc_fuzz_init ();
  livc_fuzz_builtin ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcAssessment) again = NULL;

  a = livc_load_assessment_bytes (bytes, "fuzz.xml", diag, &error);
  g_assert_true ((a == NULL) == (error != NULL));
  if (a == NULL)
    {
      g_assert_cmpuint (livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR), >, 0);
      return 0;
    }
  livc_assessment_check (a, livc_fuzz_builtin (), "fuzz.xml", diag, NULL);

  /* Saving what was loaded never produces a file that the loader refuses. */
  written = livc_assessment_to_bytes (a);
  again = livc_load_assessment_bytes (written, "written.xml", NULL, &error);
  if (again == NULL)
    g_error ("the written assessment does not load again: %s", error->message);
  return 0;
}
