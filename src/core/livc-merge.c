/* livc-merge.c: the merge of the CLI contract. Every input's participants and ratings
 * are kept; an input without participants becomes one participant named after its file,
 * its answers that participant's ratings. Team values that disagree are left out, so the
 * lower median applies and the item shows up as to discuss.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <glib/gi18n-lib.h>

#include "livc-action-private.h"
#include "livc-answer-private.h"
#include "livc-assessment-private.h"
#include "livc-merge.h"
#include "livc-municipality-private.h"
#include "livc-participant-private.h"
#include "livc-writer.h"

G_DEFINE_QUARK (livc-merge-error-quark, livc_merge_error)

/* An id of the format made from any text: lower case, [a-z0-9._-], at most 64. The
 * folding is the same in every locale: "C" transliteration to ASCII, then ASCII lower
 * case. g_utf8_strdown () follows the locale's case rules, so under tr_TR "Ilse" became
 * "ılse" and its id "lse". */
static char *
make_id (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text ? text : "", "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);
  GString *id = g_string_new (NULL);

  for (const char *p = lower; *p != '\0' && id->len < 56; p++)
    {
      char c = *p;
      if (g_ascii_islower (c) || g_ascii_isdigit (c) ||
          ((c == '.' || c == '_' || c == '-') && id->len > 0))
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

/* Notes and evidence are kept as labelled segments, "label: text", one per member (or per
 * team file), joined by blank lines in the order of the inputs. No text is dropped
 * because another contains it: "ok" is a member's whole note even when another note
 * says "not ok". */
typedef struct
{
  char *label;
  char *text;
} Segment;

static void
segment_free (gpointer data)
{
  Segment *segment = data;

  g_free (segment->label);
  g_free (segment->text);
  g_free (segment);
}

static void
add_segment (GPtrArray  *segments,
             const char *label,
             const char *text,
             gsize       length)
{
  Segment *segment;

  if (length == 0)
    return;
  for (guint i = 0; i < segments->len; i++)
    {
      Segment *other = g_ptr_array_index (segments, i);

      if (strcmp (other->label, label) == 0 && strlen (other->text) == length &&
          strncmp (other->text, text, length) == 0)
        return;
    }
  segment = g_new0 (Segment, 1);
  segment->label = g_strdup (label);
  segment->text = g_strndup (text, length);
  g_ptr_array_add (segments, segment);
}

/* The length of a label that a previous merge put at p ("anna: " or "team-1.xml: "): one
 * of the input's members, or a file name; 0 when p starts no label. */
static gsize
label_at (const char *p,
          GPtrArray  *members)
{
  const char *colon;

  for (guint i = 0; i < members->len; i++)
    {
      const char *name = g_ptr_array_index (members, i);
      gsize n = strlen (name);

      if (n > 0 && strncmp (p, name, n) == 0 && p[n] == ':' && p[n + 1] == ' ')
        return n;
    }
  colon = strstr (p, ": ");
  if (colon != NULL && colon - p > 4 && colon - p <= 255 &&
      memchr (p, '\n', (gsize) (colon - p)) == NULL && strncmp (colon - 4, ".xml", 4) == 0)
    return (gsize) (colon - p);
  return 0;
}

/* A team file's text: the segments of an earlier merge keep their own labels (so a merge
 * of a merge does not label them twice), anything else is labelled with the file. */
static void
add_text (GPtrArray  *segments,
          const char *label,
          const char *text,
          GPtrArray  *members)
{
  gsize n;

  if (text == NULL || *text == '\0')
    return;
  n = members != NULL ? label_at (text, members) : 0;
  if (n == 0)
    {
      add_segment (segments, label, text, strlen (text));
      return;
    }
  while (n > 0)
    {
      g_autofree char *own = g_strndup (text, n);
      const char *start = text + n + 2;
      const char *next = start;
      gsize next_n = 0;

      for (;;)
        {
          next = strstr (next, "\n\n");
          if (next == NULL || (next_n = label_at (next + 2, members)) > 0)
            break;
          next += 1;
        }
      add_segment (segments, own, start, next ? (gsize) (next - start) : strlen (start));
      if (next == NULL)
        break;
      text = next + 2;
      n = next_n;
    }
}

static char *
join_segments (GPtrArray *segments)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      Segment *segment = g_ptr_array_index (segments, i);

      if (i > 0)
        g_string_append (out, "\n\n");
      g_string_append_printf (out, "%s: %s", segment->label, segment->text);
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  LivcAssessment *team;
  GHashTable     *participant_ids;
  GHashTable     *action_ids;
  GHashTable     *conflicts;   /* answer keys (item, instance) whose team values disagree */
  GHashTable     *value_set;   /* answer keys that got a team value from some input */
  GHashTable     *notes;       /* answer key → GPtrArray of Segment */
  GHashTable     *evidence;    /* answer key → GPtrArray of Segment */
} Merge;

static GPtrArray *
segments_for (GHashTable *table,
              const char *item_id)
{
  GPtrArray *segments = g_hash_table_lookup (table, item_id);

  if (segments == NULL)
    {
      segments = g_ptr_array_new_with_free_func (segment_free);
      g_hash_table_insert (table, g_strdup (item_id), segments);
    }
  return segments;
}

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
          present = g_strcmp0 (livc_municipality_get_name (mun),
                               livc_municipality_get_name (other)) == 0 &&
                    g_strcmp0 (livc_municipality_get_nis (mun),
                               livc_municipality_get_nis (other)) == 0;
        }
      if (!present)
        {
          g_autoptr(LivcMunicipality) copy =
            livc_municipality_new (livc_municipality_get_nis (mun),
                                   livc_municipality_get_name (mun));
          livc_foreign_append (livc_municipality_get_foreign (copy),
                               livc_municipality_get_foreign (mun));
          livc_assessment_add_municipality (m->team, copy);
        }
    }
}

static void
merge_answer_texts (Merge      *m,
                    LivcAnswer *to,
                    LivcAnswer *from,
                    const char *label,
                    GPtrArray  *members)
{
  const char *key = livc_answer_get_key (to);

  add_text (segments_for (m->notes, key), label, livc_answer_get_note (from), members);
  add_text (segments_for (m->evidence, key), label, livc_answer_get_evidence (from), members);
  livc_foreign_append (livc_answer_get_foreign (to), livc_answer_get_foreign (from));
}

/* Whether TEXT is one of the blank-line separated paragraphs of JOINED. */
static gboolean
has_paragraph (const char *joined,
               const char *text)
{
  g_auto(GStrv) paragraphs = g_strsplit (joined, "\n\n", -1);

  return g_strv_contains ((const char * const *) paragraphs, text);
}

/* The team's descriptions of a repeated domain's instances: every distinct text is kept,
 * in the order of the inputs, separated by a blank line. */
static void
merge_instance_descriptions (Merge          *m,
                             LivcAssessment *input)
{
  for (guint i = 0; i < livc_assessment_get_n_instance_descriptions (input); i++)
    {
      const char *domain, *id, *have;
      LivcForeign *foreign, *to;
      const char *text = livc_assessment_get_instance_description_at (input, i, &domain, &id,
                                                                      &foreign);

      have = livc_assessment_get_instance_description (m->team, domain, id);
      if (have == NULL || *have == '\0')
        livc_assessment_set_instance_description (m->team, domain, id, text);
      else if (text != NULL && *text != '\0' && !has_paragraph (have, text))
        {
          g_autofree char *joined = g_strconcat (have, "\n\n", text, NULL);
          livc_assessment_set_instance_description (m->team, domain, id, joined);
        }
      for (guint j = 0; j < livc_assessment_get_n_instance_descriptions (m->team); j++)
        {
          const char *d, *other;

          livc_assessment_get_instance_description_at (m->team, j, &d, &other, &to);
          if (g_strcmp0 (d, domain) == 0 && g_strcmp0 (other, id) == 0)
            {
              livc_foreign_append (to, foreign);
              break;
            }
        }
    }
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
  g_autofree char *member = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
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
      if (livc_participant_get_name (p) != NULL)
        g_ptr_array_add (members, (gpointer) livc_participant_get_name (p));
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
      member = g_steal_pointer (&stem);
    }

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) from = g_list_model_get_item (answers, i);
      const char *item_id = livc_answer_get_key (from);
      LivcAnswer *to = livc_assessment_ensure_instance_answer (m->team,
                                                               livc_answer_get_item_id (from),
                                                               livc_answer_get_instance (from));
      int value = livc_answer_get_value (from);

      if (self_id != NULL)
        {
          /* An individual's file: its answers are that person's ratings. */
          if (value != LIVC_VALUE_NONE)
            livc_answer_set_rating (to, self_id, value);
          /* A member's own texts, labelled with the member. */
          merge_answer_texts (m, to, from, member, NULL);
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
      merge_answer_texts (m, to, from, label, members);
    }

  merge_instance_descriptions (m, input);

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

/* The same file given twice would count its members twice: the same path, the same file
 * under another name (a link, "./"), or a copy of it (the same members and ratings; for
 * a member's file, the same member too, since two members may answer alike). */
static gboolean
same_input (LivcAssessment *a,
            const char     *name_a,
            GBytes         *bytes_a,
            LivcAssessment *b,
            const char     *name_b,
            GBytes         *bytes_b)
{
  g_autofree char *canonical_a = g_canonicalize_filename (name_a, NULL);
  g_autofree char *canonical_b = g_canonicalize_filename (name_b, NULL);
  g_autofree char *base_a = g_path_get_basename (name_a);
  g_autofree char *base_b = g_path_get_basename (name_b);
  GStatBuf st_a, st_b;

  if (strcmp (canonical_a, canonical_b) == 0)
    return TRUE;
  if (g_stat (name_a, &st_a) == 0 && g_stat (name_b, &st_b) == 0 &&
      st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino)
    return TRUE;
  if (!g_bytes_equal (bytes_a, bytes_b))
    return FALSE;
  return g_list_model_get_n_items (livc_assessment_get_participants (a)) > 0 ||
         strcmp (base_a, base_b) == 0;
}

static gboolean
check_inputs (LivcAssessment * const *inputs,
              const char     * const *names,
              guint                   n_inputs,
              GError                **error)
{
  g_autoptr(GPtrArray) bytes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  const char *id = livc_assessment_get_questionnaire_id (inputs[0]);
  const char *version = livc_assessment_get_questionnaire_version (inputs[0]);

  for (guint i = 1; i < n_inputs; i++)
    {
      const char *other_id = livc_assessment_get_questionnaire_id (inputs[i]);
      const char *other_version = livc_assessment_get_questionnaire_version (inputs[i]);

      if (g_strcmp0 (other_id, id) != 0)
        {
          g_set_error (error, LIVC_MERGE_ERROR, LIVC_MERGE_ERROR_QUESTIONNAIRE,
                       _("%s answers the questionnaire “%s”, %s the questionnaire “%s”: "
                         "only assessments of the same questionnaire can be merged"),
                       names[i], other_id, names[0], id);
          return FALSE;
        }
      /* Versions may change scales and items: ratings of one put among those of another
       * would be scored on the wrong scale. */
      if (g_strcmp0 (other_version, version) != 0)
        {
          g_set_error (error, LIVC_MERGE_ERROR, LIVC_MERGE_ERROR_VERSION,
                       _("%s answers version %s of the questionnaire “%s”, %s version %s: only "
                         "assessments of the same version can be merged"),
                       names[i], other_version, other_id, names[0], version);
          return FALSE;
        }
    }
  for (guint i = 0; i < n_inputs; i++)
    {
      g_ptr_array_add (bytes, livc_assessment_to_bytes (inputs[i]));
      for (guint j = 0; j < i; j++)
        if (same_input (inputs[j], names[j], g_ptr_array_index (bytes, j),
                        inputs[i], names[i], g_ptr_array_index (bytes, i)))
          {
            g_set_error (error, LIVC_MERGE_ERROR, LIVC_MERGE_ERROR_SAME_INPUT,
                         _("%s and %s are the same file: each file may be merged once, or its "
                           "members would count twice"),
                         names[j], names[i]);
            return FALSE;
          }
    }
  return TRUE;
}

static void
set_texts (Merge *m)
{
  GListModel *answers = livc_assessment_get_answers (m->team);

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);
      GPtrArray *notes = g_hash_table_lookup (m->notes, livc_answer_get_key (answer));
      GPtrArray *evidence = g_hash_table_lookup (m->evidence, livc_answer_get_key (answer));
      g_autofree char *note = notes && notes->len > 0 ? join_segments (notes) : NULL;
      g_autofree char *proof = evidence && evidence->len > 0 ? join_segments (evidence) : NULL;

      livc_answer_set_note (answer, note);
      livc_answer_set_evidence (answer, proof);
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
  if (!check_inputs (inputs, names, n_inputs, error))
    return NULL;

  m.team = livc_assessment_new (livc_assessment_get_questionnaire_id (inputs[0]),
                                livc_assessment_get_questionnaire_version (inputs[0]));
  m.participant_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m.action_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m.conflicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m.value_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m.notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) g_ptr_array_unref);
  m.evidence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < n_inputs; i++)
    {
      const char *d = livc_assessment_get_date (inputs[i]);

      /* The latest session date among the inputs. */
      if (d != NULL && (date == NULL || strcmp (d, date) > 0))
        date = d;
      if (livc_assessment_get_title (m.team) == NULL)
        livc_assessment_set_title (m.team, livc_assessment_get_title (inputs[i]));
      merge_one (&m, inputs[i], names[i]);
    }
  livc_assessment_set_date (m.team, date);
  set_texts (&m);

  g_hash_table_unref (m.participant_ids);
  g_hash_table_unref (m.action_ids);
  g_hash_table_unref (m.conflicts);
  g_hash_table_unref (m.value_set);
  g_hash_table_unref (m.notes);
  g_hash_table_unref (m.evidence);
  return m.team;
}
