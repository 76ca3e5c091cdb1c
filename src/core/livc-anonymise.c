/* livc-anonymise.c: an assessment rebuilt from what may be pooled, nothing else. The copy
 * is built field by field from an empty assessment rather than by removing fields from the
 * original, so that a field added to the format later stays out until it is listed here
 * (and in docs/security.md).
 *
 * Kept: the questionnaire id and version, the municipalities (name and NIS code), the date,
 * each participant's role, every answer's value (with the instance of a repeated domain it
 * answers) and every rating with its participant, each action's domain, item, due date and
 * status.
 * Removed: the title, member names (participants become p1, p2, … named after their new
 * id), notes, evidence, the team's descriptions of instances (a case may be recognised
 * from them), action texts and owners, action ids (a1, a2, … in plan order), and all
 * content of other namespaces, which may hold any text.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-anonymise.h"
#include "livc-action.h"
#include "livc-answer-private.h"
#include "livc-assessment-private.h"
#include "livc-municipality.h"
#include "livc-participant.h"

static void
copy_participants (LivcAssessment *from,
                   LivcAssessment *to,
                   GHashTable     *ids)
{
  GListModel *model = livc_assessment_get_participants (from);

  livc_assessment_set_has_participants_element (to,
                                                livc_assessment_has_participants_element (from));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LivcParticipant) p = g_list_model_get_item (model, i);
      char *id = g_strdup_printf ("p%u", i + 1);
      g_autoptr(LivcParticipant) copy = livc_participant_new (id, livc_participant_get_role (p),
                                                              id);

      g_hash_table_insert (ids, g_strdup (livc_participant_get_id (p)), id);
      livc_assessment_add_participant (to, copy);
    }
}

static void
copy_answers (LivcAssessment *from,
              LivcAssessment *to,
              GHashTable     *ids)
{
  GListModel *model = livc_assessment_get_answers (from);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (model, i);
      g_autoptr(LivcAnswer) copy = NULL;

      copy = livc_answer_new_for_instance (livc_answer_get_item_id (answer),
                                           livc_answer_get_instance (answer));

      livc_answer_set_value (copy, livc_answer_get_value (answer));
      for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
        {
          const LivcRating *rating = livc_answer_get_rating (answer, r);
          const char *id = g_hash_table_lookup (ids, rating->participant);

          /* The loader lets no rating name a participant that is not listed. */
          g_assert (id != NULL);
          livc_answer_set_rating (copy, id, rating->value);
        }
      livc_assessment_add_answer (to, copy);
    }
}

static void
copy_actions (LivcAssessment *from,
              LivcAssessment *to)
{
  GListModel *model = livc_assessment_get_actions (from);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (model, i);
      g_autofree char *id = g_strdup_printf ("a%u", i + 1);
      g_autoptr(LivcAction) copy = livc_action_new (id);

      livc_action_set_domain_id (copy, livc_action_get_domain_id (action));
      livc_action_set_item_id (copy, livc_action_get_item_id (action));
      livc_action_set_due (copy, livc_action_get_due (action));
      livc_action_set_status (copy, livc_action_get_status (action));
      livc_assessment_add_action (to, copy);
    }
}

/* A new assessment holding only what may be pooled (see the top of this file). */
LivcAssessment *
livc_anonymise (LivcAssessment *assessment)
{
  g_autoptr(LivcAssessment) copy = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *municipalities;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);

  copy = livc_assessment_new (livc_assessment_get_questionnaire_id (assessment),
                              livc_assessment_get_questionnaire_version (assessment));
  municipalities = livc_assessment_get_municipalities (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(LivcMunicipality) m = g_list_model_get_item (municipalities, i);
      g_autoptr(LivcMunicipality) c = livc_municipality_new (livc_municipality_get_nis (m),
                                                             livc_municipality_get_name (m));

      livc_assessment_add_municipality (copy, c);
    }
  livc_assessment_set_date (copy, livc_assessment_get_date (assessment));
  copy_participants (assessment, copy, ids);
  copy_answers (assessment, copy, ids);
  copy_actions (assessment, copy);
  return g_steal_pointer (&copy);
}
