// StrategyBot in Azure, with no secret anywhere: one user-assigned managed identity is the bot's Entra identity
// (Azure Bot app type UserAssignedMSI) and its key to Table Storage (RBAC, shared keys disabled).
// Deployed by m365agents.yml (provision) or by hand (README, "Deploying to Azure"):
//   az deployment group create -g <group> -f infra/main.bicep -p namePrefix=<prefix>
targetScope = 'resourceGroup'

@description('Prefix of every resource name: 3-12 lower-case letters and digits, unique enough for a global DNS name.')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Azure region of the app, storage and monitoring. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('App Service plan instances. Each runs the check-in scheduler; see README "Scaling out".')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('App Service plan SKU. B1 is the smallest with Always On, which the in-process scheduler needs.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Azure Bot SKU: F0 (free, standard channels such as Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name shown for the bot in the Azure portal.')
param botDisplayName string = 'StrategyBot'

// Teams allows about 50 proactive calls per second per app and tenant; the pace is per instance (README).
var sendsPerSecondPerTenant = 45 / instanceCount

// Built-in role "Storage Table Data Contributor": read, write and delete tables and entities.
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

var storageAccountName = toLower('${namePrefix}${uniqueString(resourceGroup().id)}')
var webAppName = '${namePrefix}-${uniqueString(resourceGroup().id)}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageAccountName, 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    publicNetworkAccess: 'Enabled'
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        {
          name: 'Bot__AppId'
          value: identity.properties.clientId
        }
        {
          name: 'Bot__AppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'Bot__TenantId'
          value: identity.properties.tenantId
        }
        {
          name: 'Storage__ServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        {
          // DefaultAzureCredential reads it to pick the user-assigned identity for Table Storage.
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          // The app's own setting, not APPLICATIONINSIGHTS_CONNECTION_STRING, so App Service's codeless agent stays
          // off and the app's OpenTelemetry exporter is the only one.
          name: 'Telemetry__AzureMonitorConnectionString'
          value: insights.properties.ConnectionString
        }
        {
          name: 'CheckIns__SendsPerSecondPerTenant'
          value: string(sendsPerSecondPerTenant)
        }
        {
          name: 'Privacy__PublicBaseUrl'
          value: 'https://${webAppName}.azurewebsites.net'
        }
      ]
    }
  }
  dependsOn: [
    tableDataContributor
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Output names are upper snake case because the Agents Toolkit's arm/deploy writes each output into the
// environment file (infra/env/.env.<env>) under its own name, where m365agents.yml reads them.
@description('The Azure Bot\'s Microsoft App ID: the managed identity\'s client id. The Teams manifest\'s botId.')
output BOT_ID string = identity.properties.clientId

@description('The messaging endpoint registered on the Azure Bot.')
output BOT_ENDPOINT string = bot.properties.endpoint

@description('The web app\'s host name.')
output BOT_DOMAIN string = app.properties.defaultHostName

@description('The web app\'s resource id, where the toolkit deploys the build.')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = app.id
