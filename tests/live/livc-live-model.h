/* livc-live-model.h: what the hosts of the browser test do with the model: clear the
 * sample's individual ratings, so that the model holds exactly what the phones send, and
 * print the ratings ("p1 protocol.founded 3" per line) for the test to compare.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

#include "livc-core.h"

static inline void
livc_live_model_dump (LivcAssessment *assessment)
{
  GListModel *answers = livc_assessment_get_answers (assessment);

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
        {
          const LivcRating *rating = livc_answer_get_rating (answer, r);
          g_autofree char *value = livc_value_to_string (rating->value);

          printf ("%s %s %s\n", rating->participant, livc_answer_get_item_id (answer), value);
        }
    }
}

static inline void
livc_live_model_clear (LivcAssessment *assessment)
{
  GListModel *answers = livc_assessment_get_answers (assessment);

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      while (livc_answer_get_n_ratings (answer) > 0)
        {
          g_autofree char *id = g_strdup (livc_answer_get_rating (answer, 0)->participant);

          livc_answer_set_rating (answer, id, LIVC_VALUE_NONE);
        }
    }
}
