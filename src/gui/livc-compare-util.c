/* livc-compare-util.c: what the compare window's charts and pages share: an assessment's
 * label as the report's legends write it, and the radar's and trend's stage rings.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-compare-util.h"

/* "Heuvelmolen (15/05/2024)", as the report's legends. */
char *
livc_compare_assessment_label (LivcAssessment *assessment)
{
  g_autofree char *names = livc_assessment_dup_municipality_names (assessment, " · ");
  const char *date = livc_assessment_get_date (assessment);

  if (!livc_date_is_valid (date))
    return g_steal_pointer (&names);
  return g_strdup_printf ("%s (%.2s/%.2s/%.4s)", names, date + 8, date + 5, date);
}

/* The stages' lower bounds above 0, then 100: the rings the charts draw. */
double *
livc_compare_stage_rings (LivcQuestionnaire *q,
                          guint             *n_rings)
{
  GListModel *stages = livc_questionnaire_get_stages (q);
  double *rings = g_new (double, g_list_model_get_n_items (stages) + 1);

  *n_rings = 0;
  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);
      if (livc_stage_get_min (stage) > 0)
        rings[(*n_rings)++] = livc_stage_get_min (stage);
    }
  rings[(*n_rings)++] = 100;
  return rings;
}
