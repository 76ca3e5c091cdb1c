/* livc-merge.c: the merge of the CLI contract. Every input's participants and ratings
 * are kept; an input without participants becomes one participant named after its file,
 * its answers that participant's ratings. Team values that disagree are left out, so the
 * lower median applies and the item shows up as to discuss.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "livc-action-private.h"
#include "livc-answer-private.h"
#include "livc-assessment-private.h"
#include "livc-merge.h"
#include "livc-municipality-private.h"
#include "livc-participant-private.h"

G_DEFINE_QUARK (livc-merge-error-quark, livc_merge_error)

/* An id of the format made from any text: lower case, [a-z0-9._-], at most 64. */
static char *
make_id (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text ? text : "", -1);
  GString *id = g_string_new (NULL);

  for (const char *p = lower; *p != '\0' && id->len < 56; p++)
    {
      char c = *p;
      if (g_ascii_islower (c) || g_ascii_isdigit (c) || ((c == '.' || c == '_' || c == '-') && id->len > 0))
        g_string_append_c (id, c);
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "p");
  return g_string_free (id, FALSE);
}

static char *
unique_id (GHashTable *used,
           const char *wanted)
{
  char *id = g_strdup (wanted);

  for (guint k = 2; g_hash_table_contains (used, id); k++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", wanted, k);
    }
  g_hash_table_add (used, g_strdup (id));
  return id;
}

static char *
join_texts (const char *existing,
            const char *label,
            const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup (existing);
  if (existing == NULL)
    return g_strdup (text);
  if (strstr (existing, text) != NULL)
    return g_strdup (existing);
  return g_strdup_printf ("%s\n\n%s: %s", existing, label, text);
}

typedef struct
{
  LivcAssessment *team;
  GHashTable     *participant_ids;
  GHashTable     *action_ids;
  GHashTable     *conflicts;   /* item ids whose team values disagree */
  GHashTable     *value_set;   /* item ids that got a team value from some input */
} Merge;

static void
merge_municipalities (Merge          *m,
                      LivcAssessment *input)
{
  GListModel *have = livc_assessment_get_municipalities (m->team);
  GListModel *add = livc_assessment_get_municipalities (input);

  for (guint i = 0; i < g_list_model_get_n_items (add); i++)
    {
      g_autoptr(LivcMunicipality) mun = g_list_model_get_item (add, i);
      gboolean present = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (have) && !present; j++)
        {
          g_autoptr(LivcMunicipality) other = g_list_model_get_item (have, j);
          present = g_strcmp0 (livc_municipality_get_name (mun), livc_municipality_get_name (other)) == 0 &&
                    g_strcmp0 (livc_municipality_get_nis (mun), livc_municipality_get_nis (other)) == 0;
        }
      if (!present)
        {
          g_autoptr(LivcMunicipality) copy =
            livc_municipality_new (livc_municipality_get_nis (mun), livc_municipality_get_name (mun));
          livc_foreign_append (livc_municipality_get_foreign (copy),
                               livc_municipality_get_foreign (mun));
          livc_assessment_add_municipality (m->team, copy);
        }
    }
}

static void
merge_answer_texts (LivcAnswer *to,
                    LivcAnswer *from,
                    const char *label)
{
  g_autofree char *note = join_texts (livc_answer_get_note (to), label, livc_answer_get_note (from));
  g_autofree char *evidence = join_texts (livc_answer_get_evidence (to), label,
                                          livc_answer_get_evidence (from));

  livc_answer_set_note (to, note);
  livc_answer_set_evidence (to, evidence);
  livc_foreign_append (livc_answer_get_foreign (to), livc_answer_get_foreign (from));
}

static void
merge_one (Merge          *m,
           LivcAssessment *input,
           const char     *name)
{
  GListModel *participants = livc_assessment_get_participants (input);
  guint n_participants = g_list_model_get_n_items (participants);
  g_autoptr(GHashTable) renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *self_id = NULL;
  g_autofree char *label = g_path_get_basename (name);
  GListModel *answers = livc_assessment_get_answers (input);
  GListModel *actions = livc_assessment_get_actions (input);

  merge_municipalities (m, input);
  livc_foreign_append (livc_assessment_get_foreign (m->team), livc_assessment_get_foreign (input));

  for (guint i = 0; i < n_participants; i++)
    {
      g_autoptr(LivcParticipant) p = g_list_model_get_item (participants, i);
      char *id = unique_id (m->participant_ids, livc_participant_get_id (p));
      g_autoptr(LivcParticipant) copy =
        livc_participant_new (id, livc_participant_get_role (p), livc_participant_get_name (p));

      livc_foreign_append (livc_participant_get_foreign (copy), livc_participant_get_foreign (p));
      livc_assessment_add_participant (m->team, copy);
      g_hash_table_insert (renamed, g_strdup (livc_participant_get_id (p)), id);
    }
  if (n_participants == 0)
    {
      g_autofree char *stem = g_strdup (label);
      g_autofree char *wanted = NULL;
      g_autoptr(LivcParticipant) p = NULL;
      char *dot = strrchr (stem, '.');

      if (dot != NULL && dot != stem)
        *dot = '\0';
      wanted = make_id (stem);
      self_id = unique_id (m->participant_ids, wanted);
      p = livc_participant_new (self_id, NULL, stem);
      livc_assessment_add_participant (m->team, p);
    }

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) from = g_list_model_get_item (answers, i);
      const char *item_id = livc_answer_get_item_id (from);
      LivcAnswer *to = livc_assessment_ensure_answer (m->team, item_id);
      int value = livc_answer_get_value (from);

      if (self_id != NULL)
        {
          /* An individual's file: its answers are that person's ratings. */
          if (value != LIVC_VALUE_NONE)
            livc_answer_set_rating (to, self_id, value);
          merge_answer_texts (to, from, label);
          continue;
        }
      for (guint r = 0; r < livc_answer_get_n_ratings (from); r++)
        {
          const LivcRating *rating = livc_answer_get_rating (from, r);
          const char *id = g_hash_table_lookup (renamed, rating->participant);
          livc_answer_set_rating (to, id ? id : rating->participant, rating->value);
        }
      if (value != LIVC_VALUE_NONE && !g_hash_table_contains (m->conflicts, item_id))
        {
          if (!g_hash_table_contains (m->value_set, item_id))
            {
              g_hash_table_add (m->value_set, g_strdup (item_id));
              livc_answer_set_value (to, value);
            }
          else if (livc_answer_get_value (to) != value)
            {
              g_hash_table_add (m->conflicts, g_strdup (item_id));
              livc_answer_set_value (to, LIVC_VALUE_NONE);
            }
        }
      merge_answer_texts (to, from, label);
    }

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(LivcAction) from = g_list_model_get_item (actions, i);
      g_autofree char *id = unique_id (m->action_ids, livc_action_get_id (from));
      g_autoptr(LivcAction) to = livc_action_new (id);

      livc_action_set_domain_id (to, livc_action_get_domain_id (from));
      livc_action_set_item_id (to, livc_action_get_item_id (from));
      livc_action_set_owner (to, livc_action_get_owner (from));
      livc_action_set_due (to, livc_action_get_due (from));
      livc_action_set_status (to, livc_action_get_status (from));
      livc_action_set_text (to, livc_action_get_text (from));
      livc_foreign_append (livc_action_get_foreign (to), livc_action_get_foreign (from));
      livc_assessment_add_action (m->team, to);
    }
}

LivcAssessment *
livc_merge (LivcAssessment * const *inputs,
            const char     * const *names,
            guint                   n_inputs,
            GError                **error)
{
  Merge m = { 0 };
  const char *date = NULL;

  g_return_val_if_fail (inputs != NULL || n_inputs == 0, NULL);
  g_return_val_if_fail (names != NULL || n_inputs == 0, NULL);

  if (n_inputs == 0)
    {
      g_set_error_literal (error, LIVC_MERGE_ERROR, LIVC_MERGE_ERROR_EMPTY,
                           _("nothing to merge"));
      return NULL;
    }
  for (guint i = 1; i < n_inputs; i++)
    if (g_strcmp0 (livc_assessment_get_questionnaire_id (inputs[i]),
                   livc_assessment_get_questionnaire_id (inputs[0])) != 0)
      {
        g_set_error (error, LIVC_MERGE_ERROR, LIVC_MERGE_ERROR_QUESTIONNAIRE,
                     _("%s answers the questionnaire “%s”, %s the questionnaire “%s”: only "
                       "assessments of the same questionnaire can be merged"),
                     names[i], livc_assessment_get_questionnaire_id (inputs[i]), names[0],
                     livc_assessment_get_questionnaire_id (inputs[0]));
        return NULL;
      }

  m.team = livc_assessment_new (livc_assessment_get_questionnaire_id (inputs[0]),
                                livc_assessment_get_questionnaire_version (inputs[0]));
  m.participant_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m.action_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m.conflicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m.value_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_inputs; i++)
    {
      const char *d = livc_assessment_get_date (inputs[i]);

      /* The newest questionnaire version and session date among the inputs. */
      if (livc_version_compare (livc_assessment_get_questionnaire_version (inputs[i]),
                                livc_assessment_get_questionnaire_version (m.team)) > 0)
        livc_assessment_set_questionnaire_version (m.team,
                                                   livc_assessment_get_questionnaire_version (inputs[i]));
      if (d != NULL && (date == NULL || strcmp (d, date) > 0))
        date = d;
      if (livc_assessment_get_title (m.team) == NULL)
        livc_assessment_set_title (m.team, livc_assessment_get_title (inputs[i]));
      merge_one (&m, inputs[i], names[i]);
    }
  livc_assessment_set_date (m.team, date);

  g_hash_table_unref (m.participant_ids);
  g_hash_table_unref (m.action_ids);
  g_hash_table_unref (m.conflicts);
  g_hash_table_unref (m.value_set);
  return m.team;
}
