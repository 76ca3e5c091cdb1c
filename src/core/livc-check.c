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

/* The rules that need both files: values against the items' scales, references to items
 * and domains. Unknown items are kept, with a warning. */
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
