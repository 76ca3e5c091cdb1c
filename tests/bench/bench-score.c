/* bench-score.c: loading the built-in questionnaire, loading and validating a rated
 * sample assessment against it, and scoring it, in one process, as the app does on open.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "livc-bench.h"
#include "livc-core.h"

#define RUNS 51
#define TARGET_MS 10.0 /* open one assessment, well under a frame's budget of a click */

int
main (int    argc,
      char **argv)
{
  g_autofree char *sample = livc_bench_source_file ("data/samples/town-2026.xml");
  double load_q[RUNS], load_a[RUNS], score[RUNS], total[RUNS];
  double first = 0;

  livc_bench_init ();
  livc_core_init ();
  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LivcQuestionnaire) q = NULL;
      g_autoptr(LivcAssessment) a = NULL;
      g_autoptr(LivcScoreSet) scores = NULL;
      const LivcDomainScore *overall;
      double t0, t1, t2, t3;

      t0 = livc_bench_now ();
      q = livc_catalog_get_builtin (&error);
      t1 = livc_bench_now ();
      if (q != NULL)
        a = livc_load_assessment (sample, diag, &error);
      if (a != NULL && !livc_assessment_check (a, q, sample, diag, &error))
        g_clear_object (&a);
      t2 = livc_bench_now ();
      if (a == NULL)
        {
          g_printerr ("%s: %s (%u problems)\n", sample, error ? error->message : "invalid",
                      livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR));
          return EXIT_FAILURE;
        }
      scores = livc_score_set_new (q, a);
      t3 = livc_bench_now ();

      /* The sample rates every item its version of the questionnaire had, three in four
       * of today's: a real round's load on the scorer, not an empty form's. */
      overall = livc_score_set_get_overall (scores);
      if (overall->items == 0 || overall->rated * 4 < overall->items * 3)
        {
          g_printerr ("%s: %u of %u items rated, the benchmark needs a rated assessment\n",
                      sample, overall->rated, overall->items);
          return EXIT_FAILURE;
        }
      load_q[run] = (t1 - t0) * 1000;
      load_a[run] = (t2 - t1) * 1000;
      score[run] = (t3 - t2) * 1000;
      total[run] = (t3 - t0) * 1000;
      if (run == 0)
        first = total[run];
    }

  g_print ("load + validate + score of data/samples/town-2026.xml with the built-in "
           "questionnaire, median of %d runs\n", RUNS);
  livc_bench_figure ("first run (schemas compiled, caches cold)", first, "ms");
  livc_bench_figure ("load + validate the built-in questionnaire",
                     livc_bench_median (load_q, RUNS), "ms");
  livc_bench_figure ("load + validate + check the assessment",
                     livc_bench_median (load_a, RUNS), "ms");
  livc_bench_figure ("score", livc_bench_median (score, RUNS), "ms");
  livc_bench_check ("load + validate + score", livc_bench_median (total, RUNS), TARGET_MS, "ms");
  livc_bench_figure ("peak RSS", livc_bench_self_rss_mb (), "MB");
  return livc_bench_finish ();
}
