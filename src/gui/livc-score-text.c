/* livc-score-text.c: scores as the app's views write them: the report's rounding and
 * typography in the UI's language, and how complete the answers behind a score are.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-score-text.h"

char *
livc_gui_format_score (double score)
{
  /* The report's rounding and typography, in the UI's language. */
  return livc_format_percent (score, livc_default_lang ());
}

/* "2 of 54 answered", then the stage once it means something: no stage before half the
 * items are answered (a score of two answers would name a stage of two answers), a
 * provisional one until all are. */
char *
livc_gui_dup_completeness (LivcQuestionnaire     *questionnaire,
                           const LivcDomainScore *overall,
                           const char            *lang)
{
  const char *stage;

  if (overall->stage == NULL || overall->answered * 2 < overall->items)
    return g_strdup_printf (_("%u of %u answered · the stage once half is answered"),
                            overall->answered, overall->items);
  stage = livc_questionnaire_lookup (questionnaire, livc_stage_get_label (overall->stage), lang);
  if (overall->answered < overall->items)
    return g_strdup_printf (_("%u of %u answered · stage so far: %s"), overall->answered,
                            overall->items, stage);
  return g_strdup_printf (_("%u of %u answered · stage: %s"), overall->answered,
                          overall->items, stage);
}
