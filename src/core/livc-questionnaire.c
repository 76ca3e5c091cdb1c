/* livc-questionnaire.c: the questionnaire classes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-questionnaire-private.h"

G_DEFINE_FINAL_TYPE (LivcScale, livc_scale, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (LivcStage, livc_stage, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (LivcItem, livc_item, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (LivcRecommendation, livc_recommendation, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (LivcDomain, livc_domain, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (LivcQuestionnaire, livc_questionnaire, G_TYPE_OBJECT)

/* LivcScale */

static void
clear_level (gpointer data)
{
  LivcLevel *level = data;

  g_clear_pointer (&level->label, livc_text_unref);
  g_clear_pointer (&level->description, livc_text_unref);
}

static void
livc_scale_finalize (GObject *object)
{
  LivcScale *self = LIVC_SCALE (object);

  g_free (self->id);
  g_array_unref (self->levels);
  G_OBJECT_CLASS (livc_scale_parent_class)->finalize (object);
}

static void
livc_scale_class_init (LivcScaleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_scale_finalize;
}

static void
livc_scale_init (LivcScale *self)
{
  self->levels = g_array_new (FALSE, TRUE, sizeof (LivcLevel));
  g_array_set_clear_func (self->levels, clear_level);
}

LivcScale *
livc_scale_new (void)
{
  return g_object_new (LIVC_TYPE_SCALE, NULL);
}

const char *
livc_scale_get_id (LivcScale *self)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self), NULL);
  return self->id;
}

guint
livc_scale_get_n_levels (LivcScale *self)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self), 0);
  return self->levels->len;
}

const LivcLevel *
livc_scale_get_level (LivcScale *self,
                      guint      index)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self), NULL);
  g_return_val_if_fail (index < self->levels->len, NULL);
  return &g_array_index (self->levels, LivcLevel, index);
}

/* Returns the level's index, or -1 when the value is not a level of this scale. */
int
livc_scale_find_level (LivcScale *self,
                       int        value)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self), -1);

  for (guint i = 0; i < self->levels->len; i++)
    if (g_array_index (self->levels, LivcLevel, i).value == value)
      return (int) i;
  return -1;
}

int
livc_scale_get_min (LivcScale *self)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self) && self->levels->len > 0, 0);
  return g_array_index (self->levels, LivcLevel, 0).value;
}

int
livc_scale_get_max (LivcScale *self)
{
  g_return_val_if_fail (LIVC_IS_SCALE (self) && self->levels->len > 0, 0);
  return g_array_index (self->levels, LivcLevel, self->levels->len - 1).value;
}

/* The item score of the format: (v − min) / (max − min). */
double
livc_scale_normalize (LivcScale *self,
                      int        value)
{
  double min, max;

  g_return_val_if_fail (LIVC_IS_SCALE (self), NAN);

  min = livc_scale_get_min (self);
  max = livc_scale_get_max (self);
  if (max <= min)
    return NAN;
  return ((double) value - min) / (max - min);
}

/* LivcStage */

static void
livc_stage_finalize (GObject *object)
{
  LivcStage *self = LIVC_STAGE (object);

  g_free (self->id);
  g_clear_pointer (&self->label, livc_text_unref);
  g_clear_pointer (&self->description, livc_text_unref);
  G_OBJECT_CLASS (livc_stage_parent_class)->finalize (object);
}

static void
livc_stage_class_init (LivcStageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_stage_finalize;
}

static void
livc_stage_init (LivcStage *self)
{
  self->label = livc_text_new ();
  self->description = livc_text_new ();
}

LivcStage *
livc_stage_new (void)
{
  return g_object_new (LIVC_TYPE_STAGE, NULL);
}

const char *
livc_stage_get_id (LivcStage *self)
{
  g_return_val_if_fail (LIVC_IS_STAGE (self), NULL);
  return self->id;
}

double
livc_stage_get_min (LivcStage *self)
{
  g_return_val_if_fail (LIVC_IS_STAGE (self), 0);
  return self->min;
}

const LivcText *
livc_stage_get_label (LivcStage *self)
{
  g_return_val_if_fail (LIVC_IS_STAGE (self), NULL);
  return self->label;
}

const LivcText *
livc_stage_get_description (LivcStage *self)
{
  g_return_val_if_fail (LIVC_IS_STAGE (self), NULL);
  return self->description;
}

/* LivcItem */

static void
livc_item_finalize (GObject *object)
{
  LivcItem *self = LIVC_ITEM (object);

  g_free (self->id);
  g_clear_object (&self->scale);
  g_clear_pointer (&self->text, livc_text_unref);
  g_clear_pointer (&self->guidance, livc_text_unref);
  g_ptr_array_unref (self->references);
  G_OBJECT_CLASS (livc_item_parent_class)->finalize (object);
}

static void
livc_item_class_init (LivcItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_item_finalize;
}

static void
livc_item_init (LivcItem *self)
{
  self->weight = 1;
  self->text = livc_text_new ();
  self->guidance = livc_text_new ();
  self->references = g_ptr_array_new_null_terminated (1, g_free, TRUE);
}

LivcItem *
livc_item_new (void)
{
  return g_object_new (LIVC_TYPE_ITEM, NULL);
}

const char *
livc_item_get_id (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->id;
}

LivcScale *
livc_item_get_scale (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->scale;
}

double
livc_item_get_weight (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), 0);
  return self->weight;
}

LivcBasis
livc_item_get_basis (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), LIVC_BASIS_PRACTICE);
  return self->basis;
}

const LivcText *
livc_item_get_text (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->text;
}

const LivcText *
livc_item_get_guidance (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->guidance;
}

const char * const *
livc_item_get_references (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return (const char * const *) self->references->pdata;
}

LivcDomain *
livc_item_get_domain (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), NULL);
  return self->domain;
}

guint
livc_item_get_index (LivcItem *self)
{
  g_return_val_if_fail (LIVC_IS_ITEM (self), 0);
  return self->index;
}

/* LivcRecommendation */

static void
livc_recommendation_finalize (GObject *object)
{
  LivcRecommendation *self = LIVC_RECOMMENDATION (object);

  g_free (self->item_id);
  g_clear_pointer (&self->text, livc_text_unref);
  G_OBJECT_CLASS (livc_recommendation_parent_class)->finalize (object);
}

static void
livc_recommendation_class_init (LivcRecommendationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_recommendation_finalize;
}

static void
livc_recommendation_init (LivcRecommendation *self)
{
  self->text = livc_text_new ();
}

LivcRecommendation *
livc_recommendation_new (void)
{
  return g_object_new (LIVC_TYPE_RECOMMENDATION, NULL);
}

LivcRecommendationKind
livc_recommendation_get_kind (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), LIVC_RECOMMENDATION_BAND);
  return self->kind;
}

double
livc_recommendation_get_min (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), 0);
  return self->min;
}

double
livc_recommendation_get_max (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), 0);
  return self->max;
}

const char *
livc_recommendation_get_item_id (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), NULL);
  return self->item_id;
}

double
livc_recommendation_get_below (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), 0);
  return self->below;
}

const LivcText *
livc_recommendation_get_text (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), NULL);
  return self->text;
}

LivcDomain *
livc_recommendation_get_domain (LivcRecommendation *self)
{
  g_return_val_if_fail (LIVC_IS_RECOMMENDATION (self), NULL);
  return self->domain;
}

/* LivcDomain */

static void
livc_domain_finalize (GObject *object)
{
  LivcDomain *self = LIVC_DOMAIN (object);

  g_free (self->id);
  g_clear_pointer (&self->title, livc_text_unref);
  g_clear_pointer (&self->description, livc_text_unref);
  g_clear_object (&self->items);
  g_clear_object (&self->recommendations);
  G_OBJECT_CLASS (livc_domain_parent_class)->finalize (object);
}

static void
livc_domain_class_init (LivcDomainClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_domain_finalize;
}

static void
livc_domain_init (LivcDomain *self)
{
  self->weight = 1;
  self->title = livc_text_new ();
  self->description = livc_text_new ();
  self->items = livc_array_list_new (LIVC_TYPE_ITEM);
  self->recommendations = livc_array_list_new (LIVC_TYPE_RECOMMENDATION);
}

LivcDomain *
livc_domain_new (void)
{
  return g_object_new (LIVC_TYPE_DOMAIN, NULL);
}

const char *
livc_domain_get_id (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return self->id;
}

double
livc_domain_get_weight (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), 0);
  return self->weight;
}

const LivcText *
livc_domain_get_title (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return self->title;
}

const LivcText *
livc_domain_get_description (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return self->description;
}

GListModel *
livc_domain_get_items (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return G_LIST_MODEL (self->items);
}

GListModel *
livc_domain_get_recommendations (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), NULL);
  return G_LIST_MODEL (self->recommendations);
}

guint
livc_domain_get_index (LivcDomain *self)
{
  g_return_val_if_fail (LIVC_IS_DOMAIN (self), 0);
  return self->index;
}

/* LivcQuestionnaire */

static void
livc_questionnaire_finalize (GObject *object)
{
  LivcQuestionnaire *self = LIVC_QUESTIONNAIRE (object);

  g_free (self->id);
  g_free (self->version);
  g_free (self->source_lang);
  g_free (self->location);
  g_clear_pointer (&self->title, livc_text_unref);
  g_clear_pointer (&self->description, livc_text_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->items_by_id, g_hash_table_unref);
  g_clear_object (&self->scales);
  g_clear_object (&self->stages);
  g_clear_object (&self->domains);
  G_OBJECT_CLASS (livc_questionnaire_parent_class)->finalize (object);
}

static void
livc_questionnaire_class_init (LivcQuestionnaireClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_questionnaire_finalize;
}

static void
livc_questionnaire_init (LivcQuestionnaire *self)
{
  self->title = livc_text_new ();
  self->description = livc_text_new ();
  self->scales = livc_array_list_new (LIVC_TYPE_SCALE);
  self->stages = livc_array_list_new (LIVC_TYPE_STAGE);
  self->domains = livc_array_list_new (LIVC_TYPE_DOMAIN);
  self->items = g_ptr_array_new ();
  self->items_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

LivcQuestionnaire *
livc_questionnaire_new (void)
{
  return g_object_new (LIVC_TYPE_QUESTIONNAIRE, NULL);
}

/* Fills the flat item index once every domain is in place. */
void
livc_questionnaire_index (LivcQuestionnaire *self)
{
  guint n_domains = g_list_model_get_n_items (G_LIST_MODEL (self->domains));

  g_ptr_array_set_size (self->items, 0);
  g_hash_table_remove_all (self->items_by_id);
  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (G_LIST_MODEL (self->domains), d);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (domain->items));

      domain->index = d;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (G_LIST_MODEL (domain->items), i);

          item->index = self->items->len;
          item->domain = domain;
          g_ptr_array_add (self->items, item);
          if (!g_hash_table_contains (self->items_by_id, item->id))
            g_hash_table_insert (self->items_by_id, item->id, item);
        }
    }
}

const char *
livc_questionnaire_get_id (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return self->id;
}

const char *
livc_questionnaire_get_version (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return self->version;
}

const char *
livc_questionnaire_get_source_lang (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return self->source_lang;
}

const LivcText *
livc_questionnaire_get_title (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return self->title;
}

const LivcText *
livc_questionnaire_get_description (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return self->description;
}

/* Where it was loaded from: a path, or a resource path for the built-in ones. */
const char *
livc_questionnaire_get_location (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return self->location;
}

GListModel *
livc_questionnaire_get_scales (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return G_LIST_MODEL (self->scales);
}

GListModel *
livc_questionnaire_get_stages (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return G_LIST_MODEL (self->stages);
}

GListModel *
livc_questionnaire_get_domains (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return G_LIST_MODEL (self->domains);
}

guint
livc_questionnaire_get_n_items (LivcQuestionnaire *self)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), 0);
  return self->items->len;
}

LivcItem *
livc_questionnaire_get_item (LivcQuestionnaire *self,
                             guint              index)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return g_ptr_array_index (self->items, index);
}

LivcItem *
livc_questionnaire_find_item (LivcQuestionnaire *self,
                              const char        *item_id)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  if (item_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->items_by_id, item_id);
}

LivcDomain *
livc_questionnaire_find_domain (LivcQuestionnaire *self,
                                const char        *domain_id)
{
  guint n;

  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->domains));
  for (guint i = 0; i < n; i++)
    {
      LivcDomain *domain = g_list_model_get_item (G_LIST_MODEL (self->domains), i);

      g_object_unref (domain); /* the store keeps it alive */
      if (g_strcmp0 (domain->id, domain_id) == 0)
        return domain;
    }
  return NULL;
}

/* The last stage whose minimum is at most the score; NULL for no score. */
LivcStage *
livc_questionnaire_stage_for_score (LivcQuestionnaire *self,
                                    double             score)
{
  LivcStage *found = NULL;
  guint n;

  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);

  if (isnan (score))
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->stages));
  for (guint i = 0; i < n; i++)
    {
      LivcStage *stage = g_list_model_get_item (G_LIST_MODEL (self->stages), i);

      g_object_unref (stage);
      if (stage->min <= score)
        found = stage;
    }
  return found;
}

const char *
livc_questionnaire_lookup (LivcQuestionnaire *self,
                           const LivcText    *text,
                           const char        *lang)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  return livc_text_lookup (text, lang, self->source_lang);
}
