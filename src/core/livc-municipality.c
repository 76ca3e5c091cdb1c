/* livc-municipality.c: a municipality an assessment is about.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-foreign-private.h"
#include "livc-model-private.h"
#include "livc-municipality-private.h"

struct _LivcMunicipality
{
  GObject      parent_instance;
  char        *nis;
  char        *name;
  LivcForeign *foreign;
};

G_DEFINE_FINAL_TYPE (LivcMunicipality, livc_municipality, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NIS,
  PROP_NAME,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
livc_municipality_finalize (GObject *object)
{
  LivcMunicipality *self = LIVC_MUNICIPALITY (object);

  g_free (self->nis);
  g_free (self->name);
  livc_foreign_free (self->foreign);
  G_OBJECT_CLASS (livc_municipality_parent_class)->finalize (object);
}

static void
livc_municipality_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LivcMunicipality *self = LIVC_MUNICIPALITY (object);

  switch (prop_id)
    {
    case PROP_NIS:
      g_value_set_string (value, self->nis);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_municipality_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LivcMunicipality *self = LIVC_MUNICIPALITY (object);

  switch (prop_id)
    {
    case PROP_NIS:
      livc_municipality_set_nis (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      livc_municipality_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_municipality_class_init (LivcMunicipalityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = livc_municipality_finalize;
  object_class->get_property = livc_municipality_get_property;
  object_class->set_property = livc_municipality_set_property;

  properties[PROP_NIS] =
    g_param_spec_string ("nis", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
livc_municipality_init (LivcMunicipality *self)
{
  self->foreign = livc_foreign_new ();
}

LivcMunicipality *
livc_municipality_new (const char *nis,
                       const char *name)
{
  return g_object_new (LIVC_TYPE_MUNICIPALITY, "nis", nis, "name", name, NULL);
}

const char *
livc_municipality_get_nis (LivcMunicipality *self)
{
  g_return_val_if_fail (LIVC_IS_MUNICIPALITY (self), NULL);
  return self->nis;
}

const char *
livc_municipality_get_name (LivcMunicipality *self)
{
  g_return_val_if_fail (LIVC_IS_MUNICIPALITY (self), NULL);
  return self->name;
}

void
livc_municipality_set_name (LivcMunicipality *self,
                            const char       *name)
{
  g_return_if_fail (LIVC_IS_MUNICIPALITY (self));
  livc_model_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

void
livc_municipality_set_nis (LivcMunicipality *self,
                           const char       *nis)
{
  g_return_if_fail (LIVC_IS_MUNICIPALITY (self));
  livc_model_set_string (G_OBJECT (self), &self->nis, nis, properties[PROP_NIS]);
}

LivcForeign *
livc_municipality_get_foreign (LivcMunicipality *self)
{
  g_return_val_if_fail (LIVC_IS_MUNICIPALITY (self), NULL);
  return self->foreign;
}

