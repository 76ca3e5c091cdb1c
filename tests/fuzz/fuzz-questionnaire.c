/* fuzz-questionnaire.c: libFuzzer target for the questionnaire loader: any bytes are
 * loaded or refused with a message, and what loads passes the translation check too.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  livc_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const langs[] = { "nl", "fr", NULL };
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;

  q = livc_load_questionnaire_bytes (bytes, "fuzz.xml", diag, &error);
  /* Refused means an error that says why; loaded means none. */
  g_assert_true ((q == NULL) == (error != NULL));
  if (q == NULL)
    {
      g_assert_cmpuint (livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR), >, 0);
      return 0;
    }
  livc_questionnaire_check_translations (q, langs, diag);
  return 0;
}
