/* fault-save.c: saves through the core's writer as the app does, for the fault tests:
 * the failure must come back as a GError naming the file, never as a silent success.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   fault-save save IN OUT       loads IN, changes its title, livc_assessment_save () to OUT
 *   fault-save recovery IN ID    loads IN, livc_recovery_write () under $XDG_STATE_HOME
 *
 * Exit status 0 when saved, 1 with "DOMAIN CODE: message" on stderr when not. */
#include "config.h"

#include <locale.h>

#include "livc-catalog.h"
#include "livc-loader.h"
#include "livc-recovery.h"
#include "livc-writer.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(LivcAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  setlocale (LC_ALL, "");
  livc_core_init ();
  if (argc != 4 || (g_strcmp0 (argv[1], "save") != 0 && g_strcmp0 (argv[1], "recovery") != 0))
    {
      g_printerr ("usage: %s save IN OUT | recovery IN ID\n", argv[0]);
      return 2;
    }
  assessment = livc_load_assessment (argv[2], diag, &error);
  if (assessment == NULL)
    {
      g_printerr ("%s: cannot load: %s\n", argv[2], error->message);
      return 2;
    }
  /* A change, so that a file left as it was cannot pass for the new one. */
  livc_assessment_set_title (assessment, "Saved under a fault");
  if (g_str_equal (argv[1], "save"))
    saved = livc_assessment_save (assessment, argv[3], &error);
  else
    saved = livc_recovery_write (argv[3], assessment, argv[2], NULL, &error);
  if (!saved)
    {
      g_assert (error != NULL);
      g_printerr ("%s %d: %s\n", g_quark_to_string (error->domain), error->code, error->message);
      return 1;
    }
  g_assert (error == NULL);
  return 0;
}
