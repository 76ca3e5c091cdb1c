/* livc-questionnaire.c: a questionnaire, read-only once loaded, and its lookups.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-domain-private.h"
#include "livc-item-private.h"
#include "livc-questionnaire-private.h"
#include "livc-stage-private.h"

G_DEFINE_FINAL_TYPE (LivcQuestionnaire, livc_questionnaire, G_TYPE_OBJECT)

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
  g_clear_pointer (&self->replaced_by, g_hash_table_unref);
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
  self->replaced_by = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);
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
  g_hash_table_remove_all (self->replaced_by);
  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (G_LIST_MODEL (self->domains), d);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (domain->items));

      domain->index = d;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (G_LIST_MODEL (domain->items), i);

          item->index = self->items->len;
          item->position = i;
          item->domain = domain;
          g_ptr_array_add (self->items, item);
          if (!g_hash_table_contains (self->items_by_id, item->id))
            g_hash_table_insert (self->items_by_id, item->id, item);
          for (guint r = 0; r < item->replaces->len; r++)
            {
              char *old = g_ptr_array_index (item->replaces, r);
              GPtrArray *by = g_hash_table_lookup (self->replaced_by, old);

              if (by == NULL)
                {
                  by = g_ptr_array_new ();
                  g_hash_table_insert (self->replaced_by, old, by);
                }
              g_ptr_array_add (by, item);
            }
        }
    }
  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (G_LIST_MODEL (self->domains), d);

      if (domain->when_item != NULL)
        domain->when = g_hash_table_lookup (self->items_by_id, domain->when_item);
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

/**
 * livc_questionnaire_dup_rating_label:
 * @self: a questionnaire
 * @item: an item of @self
 * @value: a rating of @item, or LIVC_VALUE_NA, LIVC_VALUE_UNKNOWN, LIVC_VALUE_NONE
 * @lang: the language of the level's label
 * @words: how the caller writes a rating
 *
 * Returns: (transfer full): "3 · In place" for a level (with @words' separator), the word
 * of @words for the values without a level, the bare number for a value off the scale
 */
char *
livc_questionnaire_dup_rating_label (LivcQuestionnaire     *self,
                                     LivcItem              *item,
                                     int                    value,
                                     const char            *lang,
                                     const LivcRatingWords *words)
{
  LivcScale *scale = livc_item_get_scale (item);
  g_autofree char *isolated = NULL;
  const char *label;
  int index;

  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  if (value == LIVC_VALUE_NA)
    return g_strdup (words->na);
  if (value == LIVC_VALUE_UNKNOWN)
    return g_strdup (words->unknown);
  if (value == LIVC_VALUE_NONE)
    return g_strdup (words->none);
  index = livc_scale_find_level (scale, value);
  if (index < 0)
    return g_strdup_printf ("%d", value);
  label = livc_questionnaire_lookup (self, livc_scale_get_level (scale, (guint) index)->label,
                                     lang);
  if (words->isolate)
    label = isolated = livc_text_isolate (label);
  return g_strdup_printf ("%d%s%s", value, words->separator, label);
}

/* The items that take over the answers of an earlier version's item OLD_ID
 * (<replaces old="…"/>), in questionnaire order, or NULL when none does. */
GPtrArray *
livc_questionnaire_find_replacements (LivcQuestionnaire *self,
                                      const char        *old_id)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (old_id != NULL, NULL);
  return g_hash_table_lookup (self->replaced_by, old_id);
}
