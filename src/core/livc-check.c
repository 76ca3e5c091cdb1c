/* livc-check.c: the rules that need a questionnaire and an assessment together, and the
 * check that a questionnaire speaks every language the app does; their problems go to the
 * loader's diagnostics with the same file and line.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "livc-action-private.h"
#include "livc-answer-private.h"
#include "livc-assessment-private.h"
#include "livc-domain-private.h"
#include "livc-item-private.h"
#include "livc-loader.h"
#include "livc-loader-private.h"
#include "livc-questionnaire-private.h"
#include "livc-recommendation-private.h"
#include "livc-scale-private.h"
#include "livc-stage-private.h"

#define warning_at(ctx, line, ...) \
  _livc_loader_add ((ctx), LIVC_SEVERITY_WARNING, (line), __VA_ARGS__)

static void
check_value (LivcLoaderCtx  *ctx,
             int             line,
             LivcItem       *item,
             int             value,
             const char     *participant)
{
  LivcScale *scale = livc_item_get_scale (item);

  if (!LIVC_VALUE_IS_LEVEL (value) || livc_scale_find_level (scale, value) >= 0)
    return;
  if (participant != NULL)
    _livc_loader_add (ctx, LIVC_SEVERITY_ERROR, line,
                      _("the rating by “%s” for the item “%s” is %d, which is not a level "
                        "of its scale (%d to %d, na or unknown)"),
                      participant, livc_item_get_id (item), value,
                      livc_scale_get_min (scale), livc_scale_get_max (scale));
  else
    _livc_loader_add (ctx, LIVC_SEVERITY_ERROR, line,
                      _("the answer to the item “%s” is %d, which is not a level of its "
                        "scale (%d to %d, na or unknown)"),
                      livc_item_get_id (item), value,
                      livc_scale_get_min (scale), livc_scale_get_max (scale));
}

/* Whether every value of ANSWER is a level of ITEM's scale, na or unknown. */
static gboolean
fits_scale (LivcAnswer *answer,
            LivcItem   *item)
{
  LivcScale *scale = livc_item_get_scale (item);
  int value = livc_answer_get_value (answer);

  if (LIVC_VALUE_IS_LEVEL (value) && livc_scale_find_level (scale, value) < 0)
    return FALSE;
  for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
    {
      int v = livc_answer_get_rating (answer, r)->value;

      if (LIVC_VALUE_IS_LEVEL (v) && livc_scale_find_level (scale, v) < 0)
        return FALSE;
    }
  return TRUE;
}

/* The instance an answer carried over to ITEM is for: its own when ITEM's domain has it,
 * else the domain's first; NULL for a domain asked once. */
static const char *
target_instance (LivcItem   *item,
                 const char *instance)
{
  LivcDomain *domain = livc_item_get_domain (item);

  if (!livc_domain_is_repeated (domain))
    return NULL;
  if (instance != NULL && livc_domain_find_instance (domain, instance) >= 0)
    return instance;
  return livc_domain_get_instance (domain, 0)->id;
}

/* Carries ANSWER over to the items that replace its item; TRUE when every one of them
 * took it (the answer is then theirs and leaves the file). */
static gboolean
carry_over (LivcLoaderCtx     *ctx,
            LivcAssessment    *assessment,
            LivcAnswer        *answer,
            GPtrArray         *items,
            const char        *version)
{
  gboolean all = TRUE;

  for (guint r = 0; r < items->len; r++)
    {
      LivcItem *item = g_ptr_array_index (items, r);
      const char *instance = target_instance (item, livc_answer_get_instance (answer));
      g_autoptr(LivcAnswer) copy = NULL;

      if (livc_assessment_find_instance_answer (assessment, livc_item_get_id (item),
                                                instance) != NULL)
        {
          all = FALSE;
          continue;
        }
      if (!fits_scale (answer, item))
        {
          warning_at (ctx, livc_answer_get_line (answer),
                      _("the answer to the item “%s” does not fit the scale of the item “%s” "
                        "that replaces it: it is kept as an unknown item"),
                      livc_answer_get_item_id (answer), livc_item_get_id (item));
          all = FALSE;
          continue;
        }
      copy = livc_answer_copy_for (answer, livc_item_get_id (item), instance);
      livc_assessment_add_answer (assessment, copy);
      if (g_strcmp0 (livc_answer_get_item_id (answer), livc_item_get_id (item)) == 0)
        warning_at (ctx, livc_answer_get_line (answer),
                    _("the answer to the item “%s” of version %s now answers its instance "
                      "“%s”"), livc_item_get_id (item), version, instance);
      else
        warning_at (ctx, livc_answer_get_line (answer),
                    _("the answer to the item “%s” of version %s now answers the item “%s”"),
                    livc_answer_get_item_id (answer), version, livc_item_get_id (item));
    }
  return all;
}

/* Brings an assessment made with an earlier version of the questionnaire up to this one,
 * keeping every answer: an answer to an item that a newer item replaces (<replaces
 * old="…"/>) moves to that item (to each, for an item split in several); an answer
 * without an instance to an item now of a repeated domain becomes its first instance's.
 * An answer that cannot move (the new item is answered already, or the value is not on
 * its scale), and every answer to an item that is gone, stays as an unknown item,
 * written back on save. Each move is reported as a warning. Returns how many answers
 * moved. */
guint
livc_assessment_migrate (LivcAssessment    *assessment,
                         LivcQuestionnaire *questionnaire,
                         const char        *display_name,
                         LivcDiagnostics   *diag)
{
  g_autoptr(LivcDiagnostics) own_diag = NULL;
  g_autoptr(GPtrArray) answers = g_ptr_array_new_with_free_func (g_object_unref);
  const char *version;
  LivcLoaderCtx ctx;
  GListModel *model, *actions;
  guint moved = 0;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), 0);
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (questionnaire), 0);

  if (diag == NULL)
    diag = own_diag = livc_diagnostics_new ();
  ctx = (LivcLoaderCtx) { display_name, diag, 0 };
  version = livc_assessment_get_questionnaire_version (assessment);

  model = livc_assessment_get_answers (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (answers, g_list_model_get_item (model, i));
  for (guint i = 0; i < answers->len; i++)
    {
      LivcAnswer *answer = g_ptr_array_index (answers, i);
      const char *item_id = livc_answer_get_item_id (answer);
      LivcItem *item = livc_questionnaire_find_item (questionnaire, item_id);
      GPtrArray *replacements;

      if (item != NULL)
        {
          g_autoptr(GPtrArray) self = NULL;

          if (livc_answer_get_instance (answer) != NULL ||
              !livc_domain_is_repeated (livc_item_get_domain (item)))
            continue;
          self = g_ptr_array_new ();
          g_ptr_array_add (self, item);
          if (carry_over (&ctx, assessment, answer, self, version))
            {
              livc_assessment_remove_answer (assessment, answer);
              moved++;
            }
          continue;
        }
      replacements = livc_questionnaire_find_replacements (questionnaire, item_id);
      if (replacements == NULL)
        continue;
      if (carry_over (&ctx, assessment, answer, replacements, version))
        {
          livc_assessment_remove_answer (assessment, answer);
          moved++;
        }
    }

  /* An action on a replaced item follows it when one item replaces it. */
  actions = livc_assessment_get_actions (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (actions, i);
      const char *item_id = livc_action_get_item_id (action);
      GPtrArray *replacements;

      if (item_id == NULL || livc_questionnaire_find_item (questionnaire, item_id) != NULL)
        continue;
      replacements = livc_questionnaire_find_replacements (questionnaire, item_id);
      if (replacements != NULL && replacements->len == 1)
        livc_action_set_item_id (action,
                                 livc_item_get_id (g_ptr_array_index (replacements, 0)));
    }
  return moved;
}

/* The ids of the items answered in ASSESSMENT that QUESTIONNAIRE does not have (items of
 * an earlier version, removed since): their answers are kept and written back. */
char **
livc_assessment_dup_unknown_items (LivcAssessment    *assessment,
                                   LivcQuestionnaire *questionnaire)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *answers;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (questionnaire), NULL);

  answers = livc_assessment_get_answers (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      if (livc_questionnaire_find_item (questionnaire, livc_answer_get_item_id (answer)) == NULL)
        g_strv_builder_add (builder, livc_answer_get_item_id (answer));
    }
  return g_strv_builder_end (builder);
}

/* Answers that name an instance their item's domain lacks, or none for an item of a
 * repeated domain, are kept but not counted; so are descriptions of instances that the
 * questionnaire does not have. */
static void
check_instances (LivcLoaderCtx *ctx,
                 LivcAnswer    *answer,
                 LivcItem      *item)
{
  LivcDomain *domain = livc_item_get_domain (item);
  const char *instance = livc_answer_get_instance (answer);

  if (instance != NULL && livc_domain_find_instance (domain, instance) < 0)
    warning_at (ctx, livc_answer_get_line (answer),
                _("the answer to the item “%s” names the instance “%s”, which its domain does "
                  "not have: the answer is kept but not counted"),
                livc_item_get_id (item), instance);
  else if (instance == NULL && livc_domain_is_repeated (domain))
    warning_at (ctx, livc_answer_get_line (answer),
                _("the answer to the item “%s” names no instance of its repeated domain: the "
                  "answer is kept but not counted"), livc_item_get_id (item));
}

static void
check_instance_descriptions (LivcLoaderCtx     *ctx,
                             LivcAssessment    *assessment,
                             LivcQuestionnaire *questionnaire)
{
  for (guint i = 0; i < livc_assessment_get_n_instance_descriptions (assessment); i++)
    {
      const char *domain_id, *instance_id;
      LivcDomain *domain;

      livc_assessment_get_instance_description_at (assessment, i, &domain_id, &instance_id,
                                                   NULL);
      domain = livc_questionnaire_find_domain (questionnaire, domain_id);
      if (domain == NULL || livc_domain_find_instance (domain, instance_id) < 0)
        warning_at (ctx, 0, _("the domain “%s” has no instance “%s”: its description is kept"),
                    domain_id, instance_id);
    }
}

/* The rules that need both files: values against the items' scales, references to items
 * and domains. Answers of an earlier version move to the items that replace theirs;
 * unknown items are kept, with a warning. */
gboolean
livc_assessment_check (LivcAssessment    *assessment,
                       LivcQuestionnaire *questionnaire,
                       const char        *display_name,
                       LivcDiagnostics   *diag,
                       GError           **error)
{
  g_autoptr(LivcDiagnostics) own_diag = NULL;
  LivcLoaderCtx ctx;
  GListModel *answers, *actions;
  guint first, n;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (questionnaire), FALSE);

  if (diag == NULL)
    diag = own_diag = livc_diagnostics_new ();
  first = livc_diagnostics_get_n (diag);
  ctx = (LivcLoaderCtx) { display_name, diag, 0 };

  if (g_strcmp0 (livc_assessment_get_questionnaire_id (assessment),
                 livc_questionnaire_get_id (questionnaire)) != 0)
    {
      ctx.n_errors++;
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 0,
                            _("the assessment answers the questionnaire “%s”, not “%s”"),
                            livc_assessment_get_questionnaire_id (assessment),
                            livc_questionnaire_get_id (questionnaire));
      _livc_loader_fail (&ctx, first, LIVC_LOADER_ERROR_INVALID, error);
      return FALSE;
    }
  if (g_strcmp0 (livc_assessment_get_questionnaire_version (assessment),
                 livc_questionnaire_get_version (questionnaire)) != 0)
    warning_at (&ctx, 0, _("the assessment was made with version %s of the questionnaire; "
                           "version %s is used"),
                livc_assessment_get_questionnaire_version (assessment),
                livc_questionnaire_get_version (questionnaire));

  livc_assessment_migrate (assessment, questionnaire, display_name, diag);
  check_instance_descriptions (&ctx, assessment, questionnaire);

  answers = livc_assessment_get_answers (assessment);
  n = g_list_model_get_n_items (answers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);
      LivcItem *item = livc_questionnaire_find_item (questionnaire,
                                                     livc_answer_get_item_id (answer));

      if (item == NULL)
        {
          warning_at (&ctx, livc_answer_get_line (answer),
                      _("the item “%s” is not in the questionnaire: its answer is kept as an "
                        "unknown item"), livc_answer_get_item_id (answer));
          continue;
        }
      check_instances (&ctx, answer, item);
      check_value (&ctx, livc_answer_get_line (answer), item, livc_answer_get_value (answer),
                   NULL);
      for (guint r = 0; r < livc_answer_get_n_ratings (answer); r++)
        {
          const LivcRating *rating = livc_answer_get_rating (answer, r);
          check_value (&ctx, rating->line ? rating->line : livc_answer_get_line (answer), item,
                       rating->value, rating->participant);
        }
    }

  actions = livc_assessment_get_actions (assessment);
  n = g_list_model_get_n_items (actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcAction) action = g_list_model_get_item (actions, i);
      const char *domain = livc_action_get_domain_id (action);
      const char *item = livc_action_get_item_id (action);

      if (domain != NULL && livc_questionnaire_find_domain (questionnaire, domain) == NULL)
        warning_at (&ctx, livc_action_get_line (action),
                    _("the action “%s” refers to the domain “%s”, which is not in the "
                      "questionnaire"), livc_action_get_id (action), domain);
      if (item != NULL && livc_questionnaire_find_item (questionnaire, item) == NULL)
        warning_at (&ctx, livc_action_get_line (action),
                    _("the action “%s” refers to the item “%s”, which is not in the "
                      "questionnaire"), livc_action_get_id (action), item);
    }

  if (ctx.n_errors > 0)
    {
      _livc_loader_fail (&ctx, first, LIVC_LOADER_ERROR_INVALID, error);
      return FALSE;
    }
  return TRUE;
}

static void
check_text (LivcLoaderCtx      *ctx,
            const LivcText     *text,
            const char         *what,
            const char * const *langs,
            gboolean            optional)
{
  if (optional && livc_text_is_empty (text))
    return;
  for (guint i = 0; langs[i] != NULL; i++)
    if (livc_text_get_exact (text, langs[i]) == NULL)
      warning_at (ctx, livc_text_get_line (text), _("%s has no text in the language “%s”"),
                  what, langs[i]);
}

/* Shipped questionnaires must speak every language the app does. */
void
livc_questionnaire_check_translations (LivcQuestionnaire  *q,
                                       const char * const *langs,
                                       LivcDiagnostics    *diag)
{
  LivcLoaderCtx ctx = { q->location, diag, 0 };
  guint n_scales = g_list_model_get_n_items (G_LIST_MODEL (q->scales));
  guint n_stages = g_list_model_get_n_items (G_LIST_MODEL (q->stages));
  guint n_domains = g_list_model_get_n_items (G_LIST_MODEL (q->domains));

  check_text (&ctx, q->title, _("the title"), langs, FALSE);
  check_text (&ctx, q->description, _("the description"), langs, TRUE);
  for (guint s = 0; s < n_scales; s++)
    {
      g_autoptr(LivcScale) scale = g_list_model_get_item (G_LIST_MODEL (q->scales), s);

      for (guint l = 0; l < scale->levels->len; l++)
        {
          const LivcLevel *level = &g_array_index (scale->levels, LivcLevel, l);
          g_autofree char *what = g_strdup_printf (_("level %d of the scale “%s”"), level->value,
                                                   scale->id);
          check_text (&ctx, level->label, what, langs, FALSE);
          check_text (&ctx, level->description, what, langs, TRUE);
        }
    }
  for (guint s = 0; s < n_stages; s++)
    {
      g_autoptr(LivcStage) stage = g_list_model_get_item (G_LIST_MODEL (q->stages), s);
      g_autofree char *what = g_strdup_printf (_("the stage “%s”"), stage->id);

      check_text (&ctx, stage->label, what, langs, FALSE);
      check_text (&ctx, stage->description, what, langs, TRUE);
    }
  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (G_LIST_MODEL (q->domains), d);
      g_autofree char *what = g_strdup_printf (_("the domain “%s”"), domain->id);
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (domain->items));
      guint n_recs = g_list_model_get_n_items (G_LIST_MODEL (domain->recommendations));

      check_text (&ctx, domain->title, what, langs, FALSE);
      check_text (&ctx, domain->description, what, langs, TRUE);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (G_LIST_MODEL (domain->items), i);
          g_autofree char *iwhat = g_strdup_printf (_("the item “%s”"), item->id);

          check_text (&ctx, item->text, iwhat, langs, FALSE);
          check_text (&ctx, item->guidance, iwhat, langs, TRUE);
        }
      for (guint r = 0; r < n_recs; r++)
        {
          g_autoptr(LivcRecommendation) rec =
            g_list_model_get_item (G_LIST_MODEL (domain->recommendations), r);
          g_autofree char *rwhat = g_strdup_printf (_("a recommendation of the domain “%s”"),
                                                    domain->id);
          check_text (&ctx, rec->text, rwhat, langs, FALSE);
        }
    }
}
