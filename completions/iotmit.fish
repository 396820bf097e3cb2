# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_iotmit_global_optspecs
    string join \n h/help debug endpoint-url= no-verify-ssl no-paginate output= query= profile= region= version color= no-sign-request ca-bundle= cli-read-timeout= cli-connect-timeout= cli-binary-format= no-cli-pager cli-auto-prompt no-cli-auto-prompt cli-error-format= local local-state=
end

function __fish_iotmit_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_iotmit_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_iotmit_using_subcommand
    set -l cmd (__fish_iotmit_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c iotmit -n "__fish_iotmit_needs_command" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_needs_command" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_needs_command" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_needs_command" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_needs_command" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_needs_command" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_needs_command" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_needs_command" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_needs_command" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_needs_command" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_needs_command" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_needs_command" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_needs_command" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_needs_command" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_needs_command" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_needs_command" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_needs_command" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_needs_command" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_needs_command" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_needs_command" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_needs_command" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_needs_command" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-mitigation-action" -d 'Defines an action that can be applied to audit findings by using StartAuditMitigationActionsTask.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "update-mitigation-action" -d 'Updates the definition for the specified mitigation action.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-mitigation-action" -d 'Gets information about a mitigation action.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-mitigation-actions" -d 'Gets a list of all mitigation actions that match the specified filter criteria.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-mitigation-action" -d 'Deletes a defined mitigation action from your Amazon Web Services accounts.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "start-audit-mitigation-actions-task" -d 'Starts a task that applies a set of mitigation actions to the specified target.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "cancel-audit-mitigation-actions-task" -d 'Cancels a mitigation action task that is in progress.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-audit-mitigation-actions-task" -d 'Gets information about an audit mitigation task that is used to apply mitigation actions to a set of audit findings.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-audit-mitigation-actions-tasks" -d 'Gets a list of audit mitigation action tasks that match the specified filters.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-audit-mitigation-actions-executions" -d 'Gets the status of audit mitigation action tasks that were executed.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "start-detect-mitigation-actions-task" -d 'Starts a Device Defender ML Detect mitigation actions task.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "cancel-detect-mitigation-actions-task" -d 'Cancels a Device Defender ML Detect mitigation action.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-detect-mitigation-actions-task" -d 'Gets information about a Device Defender ML Detect mitigation action.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-detect-mitigation-actions-tasks" -d 'List of Device Defender ML Detect mitigation actions tasks.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-detect-mitigation-actions-executions" -d 'Lists mitigation actions executions for a Device Defender ML Detect Security Profile.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-account-audit-configuration" -d 'Gets information about the Device Defender audit settings for this account.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "update-account-audit-configuration" -d 'Configures or reconfigures the Device Defender audit settings for this account.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-account-audit-configuration" -d 'Restores the default settings for Device Defender audits for this account.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "start-on-demand-audit-task" -d 'Starts an on-demand Device Defender audit.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-audit-task" -d 'Gets information about a Device Defender audit.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-audit-tasks" -d 'Lists the Device Defender audits that have been performed during a given time period.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "cancel-audit-task" -d 'Cancels an audit that is in progress.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-audit-findings" -d 'Lists the findings (results) of a Device Defender audit or of the audits performed during a specified time period.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-audit-finding" -d 'Gets information about a single audit finding.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-audit-suppression" -d 'Creates a Device Defender audit suppression.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-audit-suppression" -d 'Gets information about a Device Defender audit suppression.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-audit-suppressions" -d 'Lists your Device Defender audit listings.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "update-audit-suppression" -d 'Updates a Device Defender audit suppression.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-audit-suppression" -d 'Deletes a Device Defender audit suppression.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-active-violations" -d 'Lists the active violations for a given Device Defender security profile.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-violation-events" -d 'Lists the Device Defender security profile violations discovered during the given time period.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-scheduled-audit" -d 'Creates a scheduled audit that is run at a specified time interval.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-scheduled-audit" -d 'Gets information about a scheduled audit.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-scheduled-audits" -d 'Lists all of your scheduled audits.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "update-scheduled-audit" -d 'Updates a scheduled audit, including which checks are performed and how often the audit takes place.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-scheduled-audit" -d 'Deletes a scheduled audit.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-related-resources-for-audit-finding" -d 'The related resources of an Audit finding.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-security-profile" -d 'Creates a Device Defender security profile.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-security-profile" -d 'Gets information about a Device Defender security profile.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-security-profiles" -d 'Lists the Device Defender security profiles you\'ve created.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "update-security-profile" -d 'Updates a Device Defender security profile.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-security-profile" -d 'Deletes a Device Defender security profile.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "validate-security-profile-behaviors" -d 'Validates a Device Defender security profile behaviors specification.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "attach-security-profile" -d 'Associates a Device Defender security profile with a thing group or this account.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "detach-security-profile" -d 'Disassociates a Device Defender security profile from a thing group or from this account.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-security-profiles-for-target" -d 'Lists the Device Defender security profiles attached to a target (thing group).'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-targets-for-security-profile" -d 'Lists the targets (thing groups) associated with a given Device Defender security profile.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-dimension" -d 'Create a dimension that you can use to limit the scope of a metric used in a security profile for IoT Device Defender.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-dimension" -d 'Provides details about a dimension that is defined in your Amazon Web Services accounts.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-dimensions" -d 'List the set of dimensions that are defined for your Amazon Web Services accounts.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "update-dimension" -d 'Updates the definition for a dimension.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-dimension" -d 'Removes the specified dimension from your Amazon Web Services accounts.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-custom-metric" -d 'Use this API to define a Custom Metric published by your devices to Device Defender.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-custom-metric" -d 'Gets information about a Device Defender detect custom metric.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-custom-metrics" -d 'Lists your Device Defender detect custom metrics.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "update-custom-metric" -d 'Updates a Device Defender detect custom metric.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-custom-metric" -d 'Deletes a Device Defender detect custom metric.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "put-verification-state-on-violation" -d 'Set a verification state and provide a description of that verification state on a violation (detect alarm).'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "get-behavior-model-training-summaries" -d 'Returns a Device Defender\'s ML Detect Security Profile training model\'s status.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-keys-and-certificate" -d 'Creates a 2048-bit RSA key pair and issues an X.509 certificate using the issued public key.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "register-certificate" -d 'Registers a device certificate with IoT in the same certificate mode as the signing CA.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "register-certificate-without-ca" -d 'Register a certificate that does not have a certificate authority (CA).'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-certificate" -d 'Gets information about the specified certificate.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-certificates" -d 'Lists the certificates registered in your Amazon Web Services account.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-certificates-by-ca" -d 'List the device certificates signed by the specified CA certificate.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "update-certificate" -d 'Updates the status of the specified certificate.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-certificate" -d 'Deletes the specified certificate.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "register-ca-certificate" -d 'Registers a CA certificate with Amazon Web Services IoT Core.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-ca-certificate" -d 'Describes a registered CA certificate.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-ca-certificates" -d 'Lists the CA certificates registered for your Amazon Web Services account.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "update-ca-certificate" -d 'Updates a registered CA certificate.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-ca-certificate" -d 'Deletes a registered CA certificate.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-thing" -d 'Creates a thing record in the registry.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-thing" -d 'Gets information about the specified thing.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-things" -d 'Lists your things.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-thing" -d 'Deletes the specified thing.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "attach-thing-principal" -d 'Attaches the specified principal to the specified thing.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "detach-thing-principal" -d 'Detaches the specified principal from the specified thing.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-thing-principals" -d 'Lists the principals associated with the specified thing.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-principal-things" -d 'Lists the things associated with the specified principal.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-thing-group" -d 'Create a thing group.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-dynamic-thing-group" -d 'Creates a dynamic thing group.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-thing-group" -d 'Describe a thing group.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-thing-groups" -d 'List the thing groups in your account.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-thing-group" -d 'Deletes a thing group.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "add-thing-to-thing-group" -d 'Adds a thing to a thing group.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "remove-thing-from-thing-group" -d 'Remove the specified thing from the specified group.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-things-in-thing-group" -d 'Lists the things in the specified group.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-thing-groups-for-thing" -d 'List the thing groups to which the specified thing belongs.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-policy" -d 'Creates an IoT policy.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "get-policy" -d 'Gets information about the specified policy with the policy document of the default version.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-policies" -d 'Lists your policies.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-policy" -d 'Deletes the specified policy.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-policy-version" -d 'Creates a new version of the specified IoT policy.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "get-policy-version" -d 'Gets information about the specified policy version.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-policy-versions" -d 'Lists the versions of the specified policy and identifies the default version.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "set-default-policy-version" -d 'Sets the specified version of the specified policy as the policy\'s default (operative) version.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-policy-version" -d 'Deletes the specified version of the specified policy.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "attach-policy" -d 'Attaches the specified policy to the specified principal (certificate or other credential).'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "detach-policy" -d 'Detaches a policy from the specified target.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-attached-policies" -d 'Lists the policies attached to the specified thing group.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-targets-for-policy" -d 'List targets for the specified policy.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "create-role-alias" -d 'Creates a role alias.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "describe-role-alias" -d 'Describes a role alias.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-role-aliases" -d 'Lists the role aliases registered in your account.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "delete-role-alias" -d 'Deletes a role alias Requires permission to access the DeleteRoleAlias action.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "get-v2-logging-options" -d 'Gets the fine grained logging options.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "set-v2-logging-options" -d 'Sets the logging options for the V2 logging service.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "get-logging-options" -d 'Gets the logging options.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "set-logging-options" -d 'Sets the logging options.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "tag-resource" -d 'Adds to or modifies the tags of the given resource.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "untag-resource" -d 'Removes the given tags (metadata) from the resource.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "list-tags-for-resource" -d 'Lists the tags (metadata) you have assigned to the resource.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "help" -d 'Shows the list of commands, or the help of one command.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "wait" -d 'Waits until a mitigation actions task or an on-demand audit ends.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "local" -d 'The local AWS IoT mitigation endpoint.'
complete -c iotmit -n "__fish_iotmit_needs_command" -f -a "completion" -d 'Prints the completion script for a shell.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l action-name -d '[required] A friendly name for the action.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l role-arn -d '[required] The ARN of the IAM role that is used to apply the mitigation action.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l action-params -d '[required] Defines the type of action and the parameters for that action.' -r -f -a "updateDeviceCertificateParams=\t''
updateCACertificateParams=\t''
addThingsToThingGroupParams=\t''
replaceDefaultPolicyVersionParams=\t''
enableIoTLoggingParams=\t''
publishFindingToSnsParams=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l tags -d 'Metadata that can be used to manage the mitigation action.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-mitigation-action" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l action-name -d '[required] The friendly name for the mitigation action.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l role-arn -d 'The ARN of the IAM role that is used to apply the mitigation action.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l action-params -d 'Defines the type of action and the parameters for that action.' -r -f -a "updateDeviceCertificateParams=\t''
updateCACertificateParams=\t''
addThingsToThingGroupParams=\t''
replaceDefaultPolicyVersionParams=\t''
enableIoTLoggingParams=\t''
publishFindingToSnsParams=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-mitigation-action" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l action-name -d '[required] The friendly name that uniquely identifies the mitigation action.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-mitigation-action" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l action-type -d 'Specify a value to limit the result to mitigation actions with a specific action type.' -r -f -a "UPDATE_DEVICE_CERTIFICATE\t''
UPDATE_CA_CERTIFICATE\t''
ADD_THINGS_TO_THING_GROUP\t''
REPLACE_DEFAULT_POLICY_VERSION\t''
ENABLE_IOT_LOGGING\t''
PUBLISH_FINDING_TO_SNS\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-mitigation-actions" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l action-name -d '[required] The name of the mitigation action that you want to delete.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-mitigation-action" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l task-id -d '[required] A unique identifier for the task.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l target -d '[required] Specifies the audit findings to which the mitigation actions are applied.' -r -f -a "auditTaskId=\t''
findingIds=\t''
auditCheckToReasonCodeFilter=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l audit-check-to-actions-mapping -d '[required] For an audit check, specifies which mitigation actions to apply.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l client-request-token -d 'Each audit mitigation task must have a unique client request token.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l wait-timeout -d 'Gives up waiting after this many seconds (exit 5); the task keeps running.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l wait -d 'Waits for the task to end and prints its final description (iotmit extension).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l preview -d 'Shows which findings and actions the task would take, sending only reads (iotmit extension).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-audit-mitigation-actions-task" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l task-id -d '[required] The unique identifier for the task that you want to cancel.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l task-id -d '[required] The unique identifier for the audit mitigation task.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l audit-task-id -d 'Specify this filter to limit results to tasks that were applied to results for a specific audit.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l finding-id -d 'Specify this filter to limit results to tasks that were applied to a specific audit finding.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l task-status -d 'Specify this filter to limit results to tasks that are in a specific state.' -r -f -a "IN_PROGRESS\t''
COMPLETED\t''
FAILED\t''
CANCELED\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l start-time -d '[required] Specify this filter to limit results to tasks that began on or after a specific date and time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l end-time -d '[required] Specify this filter to limit results to tasks that were completed or canceled on or before a specific date and time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l task-id -d '[required] Specify this filter to limit results to actions for a specific audit mitigation actions task.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l action-status -d 'Specify this filter to limit results to those with a specific status.' -r -f -a "IN_PROGRESS\t''
COMPLETED\t''
FAILED\t''
CANCELED\t''
SKIPPED\t''
PENDING\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l finding-id -d '[required] Specify this filter to limit results to those that were applied to a specific audit finding.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l task-id -d '[required] The unique identifier of the task.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l target -d '[required] Specifies the ML Detect findings to which the mitigation actions are applied.' -r -f -a "violationIds=\t''
securityProfileName=\t''
behaviorName=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l actions -d '[required] The actions to be performed when a device has unexpected behavior.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l violation-event-occurrence-range -d 'Specifies the time period of which violation events occurred between.' -r -f -a "startTime=\t''
endTime=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l client-request-token -d 'Each mitigation action task must have a unique client request token.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l wait-timeout -d 'Gives up waiting after this many seconds (exit 5); the task keeps running.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l include-only-active-violations -d 'Specifies to list only active violations.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l no-include-only-active-violations -d 'Turns --include-only-active-violations off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l include-suppressed-alerts -d 'Specifies to include suppressed alerts.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l no-include-suppressed-alerts -d 'Turns --include-suppressed-alerts off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l wait -d 'Waits for the task to end and prints its final description (iotmit extension).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-detect-mitigation-actions-task" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l task-id -d '[required] The unique identifier of the task.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l task-id -d '[required] The unique identifier of the task.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l start-time -d '[required] A filter to limit results to those found after the specified time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l end-time -d '[required] The end of the time period for which ML Detect mitigation actions tasks are returned.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l task-id -d 'The unique identifier of the task.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l violation-id -d 'The unique identifier of the violation.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l thing-name -d 'The name of the thing whose mitigation actions are listed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l start-time -d 'A filter to limit results to those found after the specified time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l end-time -d 'The end of the time period for which ML Detect mitigation actions executions are returned.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-account-audit-configuration" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l role-arn -d 'The Amazon Resource Name (ARN) of the role that grants permission to IoT to access information about your devices, policies, certificates, and other items as required when performing an audit.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l audit-notification-target-configurations -d 'Information about the targets to which audit notifications are sent.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l audit-check-configurations -d 'Specifies which audit checks are enabled and disabled for this account.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-account-audit-configuration" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l delete-scheduled-audits -d 'If true, all scheduled audits are deleted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l no-delete-scheduled-audits -d 'Turns --delete-scheduled-audits off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-account-audit-configuration" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l target-check-names -d '[required] Which checks are performed during the audit.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l wait-timeout -d 'Gives up waiting after this many seconds (exit 5); the task keeps running.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l wait -d 'Waits for the task to end and prints its final description (iotmit extension).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand start-on-demand-audit-task" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l task-id -d '[required] The ID of the audit whose information you want to get.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-task" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l start-time -d '[required] The beginning of the time period.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l end-time -d '[required] The end of the time period.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l task-type -d 'A filter to limit the output to the specified type of audit: can be one of "ON_DEMAND_AUDIT_TASK" or "SCHEDULED__AUDIT_TASK".' -r -f -a "ON_DEMAND_AUDIT_TASK\t''
SCHEDULED_AUDIT_TASK\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l task-status -d 'A filter to limit the output to audits with the specified completion status: can be one of "IN_PROGRESS", "COMPLETED", "FAILED", or "CANCELED".' -r -f -a "IN_PROGRESS\t''
COMPLETED\t''
FAILED\t''
CANCELED\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-tasks" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l task-id -d '[required] The ID of the audit you want to cancel.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand cancel-audit-task" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l task-id -d 'A filter to limit results to the audit with the specified ID.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l check-name -d 'A filter to limit results to the findings for the specified audit check.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l resource-identifier -d 'Information identifying the noncompliant resource.' -r -f -a "deviceCertificateId=\t''
caCertificateId=\t''
cognitoIdentityPoolId=\t''
clientId=\t''
policyVersionIdentifier=\t''
account=\t''
iamRoleArn=\t''
roleAliasArn=\t''
issuerCertificateIdentifier=\t''
deviceCertificateArn=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l start-time -d 'A filter to limit results to those found after the specified time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l end-time -d 'A filter to limit results to those found before the specified time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l list-suppressed-findings -d 'Boolean flag indicating whether only the suppressed findings or the unsuppressed findings should be listed.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l no-list-suppressed-findings -d 'Turns --list-suppressed-findings off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-findings" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l finding-id -d '[required] A unique identifier for a single audit finding.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-finding" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l check-name -d '[required] An audit check name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l resource-identifier -d '[required] Information that identifies the noncompliant resource.' -r -f -a "deviceCertificateId=\t''
caCertificateId=\t''
cognitoIdentityPoolId=\t''
clientId=\t''
policyVersionIdentifier=\t''
account=\t''
iamRoleArn=\t''
roleAliasArn=\t''
issuerCertificateIdentifier=\t''
deviceCertificateArn=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l expiration-date -d 'The epoch timestamp in seconds at which this suppression expires.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l description -d 'The description of the audit suppression.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l client-request-token -d 'Each audit supression must have a unique client request token.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l suppress-indefinitely -d 'Indicates whether a suppression should exist indefinitely or not.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l no-suppress-indefinitely -d 'Turns --suppress-indefinitely off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-audit-suppression" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l check-name -d '[required] An audit check name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l resource-identifier -d '[required] Information that identifies the noncompliant resource.' -r -f -a "deviceCertificateId=\t''
caCertificateId=\t''
cognitoIdentityPoolId=\t''
clientId=\t''
policyVersionIdentifier=\t''
account=\t''
iamRoleArn=\t''
roleAliasArn=\t''
issuerCertificateIdentifier=\t''
deviceCertificateArn=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-audit-suppression" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l check-name -d 'An audit check name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l resource-identifier -d 'Information that identifies the noncompliant resource.' -r -f -a "deviceCertificateId=\t''
caCertificateId=\t''
cognitoIdentityPoolId=\t''
clientId=\t''
policyVersionIdentifier=\t''
account=\t''
iamRoleArn=\t''
roleAliasArn=\t''
issuerCertificateIdentifier=\t''
deviceCertificateArn=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l ascending-order -d 'Determines whether suppressions are listed in ascending order by expiration date or not.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l no-ascending-order -d 'Turns --ascending-order off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-audit-suppressions" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l check-name -d '[required] An audit check name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l resource-identifier -d '[required] Information that identifies the noncompliant resource.' -r -f -a "deviceCertificateId=\t''
caCertificateId=\t''
cognitoIdentityPoolId=\t''
clientId=\t''
policyVersionIdentifier=\t''
account=\t''
iamRoleArn=\t''
roleAliasArn=\t''
issuerCertificateIdentifier=\t''
deviceCertificateArn=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l expiration-date -d 'The expiration date (epoch timestamp in seconds) that you want the suppression to adhere to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l description -d 'The description of the audit suppression.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l suppress-indefinitely -d 'Indicates whether a suppression should exist indefinitely or not.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l no-suppress-indefinitely -d 'Turns --suppress-indefinitely off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-audit-suppression" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l check-name -d '[required] An audit check name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l resource-identifier -d '[required] Information that identifies the noncompliant resource.' -r -f -a "deviceCertificateId=\t''
caCertificateId=\t''
cognitoIdentityPoolId=\t''
clientId=\t''
policyVersionIdentifier=\t''
account=\t''
iamRoleArn=\t''
roleAliasArn=\t''
issuerCertificateIdentifier=\t''
deviceCertificateArn=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-audit-suppression" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l thing-name -d 'The name of the thing whose active violations are listed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l security-profile-name -d 'The name of the Device Defender security profile for which violations are listed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l behavior-criteria-type -d 'The criteria for a behavior.' -r -f -a "STATIC\t''
STATISTICAL\t''
MACHINE_LEARNING\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l verification-state -d 'The verification state of the violation (detect alarm).' -r -f -a "FALSE_POSITIVE\t''
BENIGN_POSITIVE\t''
TRUE_POSITIVE\t''
UNKNOWN\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l list-suppressed-alerts -d 'A list of all suppressed alerts.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l no-list-suppressed-alerts -d 'Turns --list-suppressed-alerts off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-active-violations" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l start-time -d '[required] The start time for the alerts to be listed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l end-time -d '[required] The end time for the alerts to be listed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l thing-name -d 'A filter to limit results to those alerts caused by the specified thing.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l security-profile-name -d 'A filter to limit results to those alerts generated by the specified security profile.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l behavior-criteria-type -d 'The criteria for a behavior.' -r -f -a "STATIC\t''
STATISTICAL\t''
MACHINE_LEARNING\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l verification-state -d 'The verification state of the violation (detect alarm).' -r -f -a "FALSE_POSITIVE\t''
BENIGN_POSITIVE\t''
TRUE_POSITIVE\t''
UNKNOWN\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l list-suppressed-alerts -d 'A list of all suppressed alerts.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l no-list-suppressed-alerts -d 'Turns --list-suppressed-alerts off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-violation-events" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l frequency -d '[required] How often the scheduled audit takes place, either DAILY, WEEKLY, BIWEEKLY or MONTHLY.' -r -f -a "DAILY\t''
WEEKLY\t''
BIWEEKLY\t''
MONTHLY\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l day-of-month -d 'The day of the month on which the scheduled audit takes place.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l day-of-week -d 'The day of the week on which the scheduled audit takes place, either SUN, MON, TUE, WED, THU, FRI, or SAT.' -r -f -a "SUN\t''
MON\t''
TUE\t''
WED\t''
THU\t''
FRI\t''
SAT\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l target-check-names -d '[required] Which checks are performed during the scheduled audit.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l scheduled-audit-name -d '[required] The name you want to give to the scheduled audit.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l tags -d 'Metadata that can be used to manage the scheduled audit.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-scheduled-audit" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l scheduled-audit-name -d '[required] The name of the scheduled audit whose information you want to get.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-scheduled-audit" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-scheduled-audits" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l frequency -d 'How often the scheduled audit takes place, either DAILY, WEEKLY, BIWEEKLY, or MONTHLY.' -r -f -a "DAILY\t''
WEEKLY\t''
BIWEEKLY\t''
MONTHLY\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l day-of-month -d 'The day of the month on which the scheduled audit takes place.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l day-of-week -d 'The day of the week on which the scheduled audit takes place.' -r -f -a "SUN\t''
MON\t''
TUE\t''
WED\t''
THU\t''
FRI\t''
SAT\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l target-check-names -d 'Which checks are performed during the scheduled audit.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l scheduled-audit-name -d '[required] The name of the scheduled audit.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-scheduled-audit" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l scheduled-audit-name -d '[required] The name of the scheduled audit you want to delete.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-scheduled-audit" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l finding-id -d '[required] The finding Id.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l next-token -d 'A token that can be used to retrieve the next set of results, or null if there are no additional results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-related-resources-for-audit-finding" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l security-profile-name -d '[required] The name you are giving to the security profile.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l security-profile-description -d 'A description of the security profile.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l behaviors -d 'Specifies the behaviors that, when violated by a device (thing), cause an alert.' -r -f -a "name=\t''
metric=\t''
metricDimension=\t''
criteria=\t''
suppressAlerts=\t''
exportMetric=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l alert-targets -d 'Specifies the destinations to which alerts are sent.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l additional-metrics-to-retain -d 'Please use CreateSecurityProfileRequest$additionalMetricsToRetainV2 instead.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l additional-metrics-to-retain-v2 -d 'A list of metrics whose data is retained (stored).' -r -f -a "metric=\t''
metricDimension=\t''
exportMetric=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l tags -d 'Metadata that can be used to manage the security profile.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l metrics-export-config -d 'Specifies the MQTT topic and role ARN required for metric export.' -r -f -a "mqttTopic=\t''
roleArn=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-security-profile" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l security-profile-name -d '[required] The name of the security profile whose information you want to get.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-security-profile" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l dimension-name -d 'A filter to limit results to the security profiles that use the defined dimension.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l metric-name -d 'The name of the custom metric.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l security-profile-name -d '[required] The name of the security profile you want to update.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l security-profile-description -d 'A description of the security profile.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l behaviors -d 'Specifies the behaviors that, when violated by a device (thing), cause an alert.' -r -f -a "name=\t''
metric=\t''
metricDimension=\t''
criteria=\t''
suppressAlerts=\t''
exportMetric=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l alert-targets -d 'Where the alerts are sent.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l additional-metrics-to-retain -d 'Please use UpdateSecurityProfileRequest$additionalMetricsToRetainV2 instead.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l additional-metrics-to-retain-v2 -d 'A list of metrics whose data is retained (stored).' -r -f -a "metric=\t''
metricDimension=\t''
exportMetric=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l expected-version -d 'The expected version of the security profile.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l metrics-export-config -d 'Specifies the MQTT topic and role ARN required for metric export.' -r -f -a "mqttTopic=\t''
roleArn=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l delete-behaviors -d 'If true, delete all behaviors defined for this security profile.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l no-delete-behaviors -d 'Turns --delete-behaviors off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l delete-alert-targets -d 'If true, delete all alertTargets defined for this security profile.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l no-delete-alert-targets -d 'Turns --delete-alert-targets off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l delete-additional-metrics-to-retain -d 'If true, delete all additionalMetricsToRetain defined for this security profile.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l no-delete-additional-metrics-to-retain -d 'Turns --delete-additional-metrics-to-retain off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l delete-metrics-export-config -d 'Set the value as true to delete metrics export related configurations.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l no-delete-metrics-export-config -d 'Turns --delete-metrics-export-config off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-security-profile" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l security-profile-name -d '[required] The name of the security profile to be deleted.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l expected-version -d 'The expected version of the security profile.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-security-profile" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l behaviors -d '[required] Specifies the behaviors that, when violated by a device (thing), cause an alert.' -r -f -a "name=\t''
metric=\t''
metricDimension=\t''
criteria=\t''
suppressAlerts=\t''
exportMetric=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand validate-security-profile-behaviors" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l security-profile-name -d '[required] The security profile that is attached.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l security-profile-target-arn -d '[required] The ARN of the target (thing group) to which the security profile is attached.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-security-profile" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l security-profile-name -d '[required] The security profile that is detached.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l security-profile-target-arn -d '[required] The ARN of the thing group from which the security profile is detached.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-security-profile" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l security-profile-target-arn -d '[required] The ARN of the target (thing group) whose attached security profiles you want to get.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l recursive -d 'If true, return child groups too.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l no-recursive -d 'Turns --recursive off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-security-profiles-for-target" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l security-profile-name -d '[required] The security profile.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-security-profile" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l name -d '[required] A unique identifier for the dimension.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l type -d '[required] Specifies the type of dimension.' -r -f -a "TOPIC_FILTER\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l string-values -d '[required] Specifies the value or list of values for the dimension.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l tags -d 'Metadata that can be used to manage the dimension.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l client-request-token -d 'Each dimension must have a unique client request token.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dimension" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l name -d '[required] The unique identifier for the dimension.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-dimension" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l max-results -d 'The maximum number of results to retrieve at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-dimensions" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l name -d '[required] A unique identifier for the dimension.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l string-values -d '[required] Specifies the value or list of values for the dimension.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-dimension" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l name -d '[required] The unique identifier for the dimension that you want to delete.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-dimension" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l metric-name -d '[required] The name of the custom metric.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l display-name -d 'The friendly name in the console for the custom metric.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l metric-type -d '[required] The type of the custom metric.' -r -f -a "string-list\t''
ip-address-list\t''
number-list\t''
number\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l tags -d 'Metadata that can be used to manage the custom metric.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l client-request-token -d 'Each custom metric must have a unique client request token.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-custom-metric" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l metric-name -d '[required] The name of the custom metric.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-custom-metric" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-custom-metrics" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l metric-name -d '[required] The name of the custom metric.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l display-name -d '[required] Field represents a friendly name in the console for the custom metric, it doesn\'t have to be unique.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-custom-metric" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l metric-name -d '[required] The name of the custom metric.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-custom-metric" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l violation-id -d '[required] The violation ID.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l verification-state -d '[required] The verification state of the violation.' -r -f -a "FALSE_POSITIVE\t''
BENIGN_POSITIVE\t''
TRUE_POSITIVE\t''
UNKNOWN\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l verification-state-description -d 'The description of the verification state of the violation (detect alarm).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand put-verification-state-on-violation" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l security-profile-name -d 'The name of the security profile.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l next-token -d 'The token for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-behavior-model-training-summaries" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l certificate-pem-outfile -d 'Saves the command output contents of certificatePem to the given filename' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l public-key-outfile -d 'Saves the command output contents of keyPair.PublicKey to the given filename' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l private-key-outfile -d 'Saves the command output contents of keyPair.PrivateKey to the given filename' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l set-as-active -d 'Specifies whether the certificate is active.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l no-set-as-active -d 'Turns --set-as-active off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-keys-and-certificate" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l certificate-pem -d '[required] The certificate data, in PEM format.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l ca-certificate-pem -d 'The CA certificate used to sign the device certificate being registered.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l status -d 'The status of the register certificate request.' -r -f -a "ACTIVE\t''
INACTIVE\t''
REVOKED\t''
PENDING_TRANSFER\t''
REGISTER_INACTIVE\t''
PENDING_ACTIVATION\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l set-as-active -d 'A boolean value that specifies if the certificate is set to active.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l no-set-as-active -d 'Turns --set-as-active off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l certificate-pem -d '[required] The certificate data, in PEM format.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l status -d 'The status of the register certificate request.' -r -f -a "ACTIVE\t''
INACTIVE\t''
REVOKED\t''
PENDING_TRANSFER\t''
REGISTER_INACTIVE\t''
PENDING_ACTIVATION\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-certificate-without-ca" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l certificate-id -d '[required] The ID of the certificate.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-certificate" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l page-size -d 'The result page size.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l marker -d 'The marker for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l ascending-order -d 'Specifies the order for results.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l no-ascending-order -d 'Turns --ascending-order off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l ca-certificate-id -d '[required] The ID of the CA certificate.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l page-size -d 'The result page size.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l marker -d 'The marker for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l ascending-order -d 'Specifies the order for results.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l no-ascending-order -d 'Turns --ascending-order off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-certificates-by-ca" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l certificate-id -d '[required] The ID of the certificate.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l new-status -d '[required] The new status.' -r -f -a "ACTIVE\t''
INACTIVE\t''
REVOKED\t''
PENDING_TRANSFER\t''
REGISTER_INACTIVE\t''
PENDING_ACTIVATION\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-certificate" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l certificate-id -d '[required] The ID of the certificate.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l force-delete -d 'Forces the deletion of a certificate if it is inactive and is not attached to an IoT thing.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l no-force-delete -d 'Turns --force-delete off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-certificate" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l ca-certificate -d '[required] The CA certificate.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l verification-certificate -d 'The private key verification certificate.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l registration-config -d 'Information about the registration configuration.' -r -f -a "templateBody=\t''
roleArn=\t''
templateName=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l tags -d 'Metadata which can be used to manage the CA certificate.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l certificate-mode -d 'Describes the certificate mode in which the Certificate Authority (CA) will be registered.' -r -f -a "DEFAULT\t''
SNI_ONLY\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l set-as-active -d 'A boolean value that specifies if the CA certificate is set to active.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l no-set-as-active -d 'Turns --set-as-active off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l allow-auto-registration -d 'Allows this CA certificate to be used for auto registration of device certificates.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l no-allow-auto-registration -d 'Turns --allow-auto-registration off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand register-ca-certificate" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l certificate-id -d '[required] The CA certificate identifier.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-ca-certificate" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l page-size -d 'The result page size.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l marker -d 'The marker for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l template-name -d 'The name of the provisioning template.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l ascending-order -d 'Determines the order of the results.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l no-ascending-order -d 'Turns --ascending-order off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-ca-certificates" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l certificate-id -d '[required] The CA certificate identifier.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l new-status -d 'The updated status of the CA certificate.' -r -f -a "ACTIVE\t''
INACTIVE\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l new-auto-registration-status -d 'The new value for the auto registration status.' -r -f -a "ENABLE\t''
DISABLE\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l registration-config -d 'Information about the registration configuration.' -r -f -a "templateBody=\t''
roleArn=\t''
templateName=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l remove-auto-registration -d 'If true, removes auto registration.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l no-remove-auto-registration -d 'Turns --remove-auto-registration off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand update-ca-certificate" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l certificate-id -d '[required] The ID of the certificate to delete.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-ca-certificate" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l thing-name -d '[required] The name of the thing to create.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l thing-type-name -d 'The name of the thing type associated with the new thing.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l attribute-payload -d 'The attribute payload, which consists of up to three name/value pairs in a JSON document.' -r -f -a "attributes=\t''
merge=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l billing-group-name -d 'The name of the billing group the thing will be added to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l thing-name -d '[required] The name of the thing.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l next-token -d 'To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l max-results -d 'The maximum number of results to return in this operation.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l attribute-name -d 'The attribute name used to search for things.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l attribute-value -d 'The attribute value used to search for things.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l thing-type-name -d 'The name of the thing type used to search for things.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l use-prefix-attribute-value -d 'When true, the action returns the thing resources with attribute values that start with the attributeValue provided.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l no-use-prefix-attribute-value -d 'Turns --use-prefix-attribute-value off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l thing-name -d '[required] The name of the thing to delete.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l expected-version -d 'The expected version of the thing record in the registry.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l thing-name -d '[required] The name of the thing.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l principal -d '[required] The principal, which can be a certificate ARN (as returned from the CreateCertificate operation) or an Amazon Cognito ID.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l thing-principal-type -d 'The type of the relation you want to specify when you attach a principal to a thing.' -r -f -a "EXCLUSIVE_THING\t''
NON_EXCLUSIVE_THING\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-thing-principal" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l thing-name -d '[required] The name of the thing.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l principal -d '[required] If the principal is a certificate, this value must be ARN of the certificate.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-thing-principal" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l next-token -d 'To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l max-results -d 'The maximum number of results to return in this operation.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l thing-name -d '[required] The name of the thing.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-principals" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l next-token -d 'To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l max-results -d 'The maximum number of results to return in this operation.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l principal -d '[required] The principal.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-principal-things" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l thing-group-name -d '[required] The thing group name to create.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l parent-group-name -d 'The name of the parent thing group.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l thing-group-properties -d 'The thing group properties.' -r -f -a "thingGroupDescription=\t''
attributePayload=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l tags -d 'Metadata which can be used to manage the thing group.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-thing-group" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l thing-group-name -d '[required] The dynamic thing group name to create.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l thing-group-properties -d 'The dynamic thing group properties.' -r -f -a "thingGroupDescription=\t''
attributePayload=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l index-name -d 'The dynamic thing group index name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l query-string -d '[required] The dynamic thing group search query string.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l query-version -d 'The dynamic thing group query version.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l tags -d 'Metadata which can be used to manage the dynamic thing group.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-dynamic-thing-group" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l thing-group-name -d '[required] The name of the thing group.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-thing-group" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l next-token -d 'To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l parent-group -d 'A filter that limits the results to those with the specified parent group.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l name-prefix-filter -d 'A filter that limits the results to those with the specified name prefix.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l recursive -d 'If true, return child groups as well.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l no-recursive -d 'Turns --recursive off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l thing-group-name -d '[required] The name of the thing group to delete.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l expected-version -d 'The expected version of the thing group to delete.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-thing-group" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l thing-group-name -d 'The name of the group to which you are adding a thing.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l thing-group-arn -d 'The ARN of the group to which you are adding a thing.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l thing-name -d 'The name of the thing to add to a group.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l thing-arn -d 'The ARN of the thing to add to a group.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l override-dynamic-groups -d 'Override dynamic thing groups with static thing groups when 10-group limit is reached.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l no-override-dynamic-groups -d 'Turns --override-dynamic-groups off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand add-thing-to-thing-group" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l thing-group-name -d 'The group name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l thing-group-arn -d 'The group ARN.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l thing-name -d 'The name of the thing to remove from the group.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l thing-arn -d 'The ARN of the thing to remove from the group.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand remove-thing-from-thing-group" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l thing-group-name -d '[required] The thing group name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l next-token -d 'To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l recursive -d 'When true, list things in this thing group and in all child groups as well.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l no-recursive -d 'Turns --recursive off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-things-in-thing-group" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l thing-name -d '[required] The thing name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l next-token -d 'To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l max-results -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l page-size -d 'How many items each call to the service asks for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-thing-groups-for-thing" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l policy-name -d '[required] The policy name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l policy-document -d '[required] The JSON document that describes the policy.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l tags -d 'Metadata which can be used to manage the policy.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l policy-name -d '[required] The name of the policy.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l marker -d 'The marker for the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l page-size -d 'The result page size.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l ascending-order -d 'Specifies the order for results.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l no-ascending-order -d 'Turns --ascending-order off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policies" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l policy-name -d '[required] The name of the policy to delete.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l policy-name -d '[required] The policy name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l policy-document -d '[required] The JSON document that describes the policy.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l set-as-default -d 'Specifies whether the policy version is set as the default.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l no-set-as-default -d 'Turns --set-as-default off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-policy-version" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l policy-name -d '[required] The name of the policy.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l policy-version-id -d '[required] The policy version ID.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-policy-version" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l policy-name -d '[required] The policy name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-policy-versions" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l policy-name -d '[required] The policy name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l policy-version-id -d '[required] The policy version ID.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-default-policy-version" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l policy-name -d '[required] The name of the policy.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l policy-version-id -d '[required] The policy version ID.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-policy-version" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l policy-name -d '[required] The name of the policy to attach.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l target -d '[required] The identity to which the policy is attached.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand attach-policy" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l policy-name -d '[required] The policy to detach.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l target -d '[required] The target from which the policy will be detached.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand detach-policy" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l target -d '[required] The group or principal for which the policies will be listed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l marker -d 'The token to retrieve the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l page-size -d 'The maximum number of results to be returned per request.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l recursive -d 'When true, recursively list attached policies.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l no-recursive -d 'Turns --recursive off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-attached-policies" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l policy-name -d '[required] The policy name.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l marker -d 'A marker used to get the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l page-size -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-targets-for-policy" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l role-alias -d '[required] The role alias that points to a role ARN.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l role-arn -d '[required] The role ARN.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l credential-duration-seconds -d 'How long (in seconds) the credentials will be valid.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l tags -d 'Metadata which can be used to manage the role alias.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand create-role-alias" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l role-alias -d '[required] The role alias to describe.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand describe-role-alias" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l page-size -d 'The maximum number of results to return at one time.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l marker -d 'A marker used to get the next set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l ascending-order -d 'Return the list of role aliases in ascending alphabetical order.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l no-ascending-order -d 'Turns --ascending-order off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-role-aliases" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l role-alias -d '[required] The role alias to delete.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand delete-role-alias" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l verbose -d 'The flag is used to get all the event types and their respective configuration that event-based logging supports.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l no-verbose -d 'Turns --verbose off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-v2-logging-options" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l role-arn -d 'The ARN of the role that allows IoT to write to Cloudwatch logs.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l default-log-level -d 'The default logging level.' -r -f -a "DEBUG\t''
INFO\t''
ERROR\t''
WARN\t''
DISABLED\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l event-configurations -d 'The list of event configurations that override account-level logging.' -r -f -a "eventType=\t''
logLevel=\t''
logDestination=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l disable-all-logs -d 'If true all logs are disabled.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l no-disable-all-logs -d 'Turns --disable-all-logs off.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-v2-logging-options" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand get-logging-options" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l logging-options-payload -d '[required] The logging options payload.' -r -f -a "roleArn=\t''
logLevel=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand set-logging-options" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l resource-arn -d '[required] The ARN of the resource.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l tags -d '[required] The new or modified tags for the resource.' -r -f -a "Key=\t''
Value=\t''
file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand tag-resource" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l resource-arn -d '[required] The ARN of the resource.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l tag-keys -d '[required] A list of the keys of the tags to be removed from the resource.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand untag-resource" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l resource-arn -d '[required] The ARN of the resource.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l next-token -d 'To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l cli-input-json -d 'Reads the arguments from a JSON document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l cli-input-yaml -d 'Reads the arguments from a YAML document, inline or file://PATH.' -r -f -a "file://\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l generate-cli-skeleton -d 'Prints a template of the input or of the output, without calling the service.' -r -f -a "input\t''
yaml-input\t''
output\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l starting-token -d 'Resumes a listing where an earlier one stopped (its NextToken).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l max-items -d 'The most items to print; a NextToken is printed when there are more.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand list-tags-for-resource" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand help" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and not __fish_seen_subcommand_from audit-mitigation-actions-task-complete detect-mitigation-actions-task-complete audit-task-complete" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and not __fish_seen_subcommand_from audit-mitigation-actions-task-complete detect-mitigation-actions-task-complete audit-task-complete" -f -a "audit-mitigation-actions-task-complete" -d 'Waits until an audit mitigation actions task ends.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and not __fish_seen_subcommand_from audit-mitigation-actions-task-complete detect-mitigation-actions-task-complete audit-task-complete" -f -a "detect-mitigation-actions-task-complete" -d 'Waits until a detect mitigation actions task ends.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and not __fish_seen_subcommand_from audit-mitigation-actions-task-complete detect-mitigation-actions-task-complete audit-task-complete" -f -a "audit-task-complete" -d 'Waits until an on-demand audit task ends.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l task-id -d '[required] The ID of the task to wait for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l wait-timeout -d 'Gives up waiting after this many seconds (exit 5); the task keeps running.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-mitigation-actions-task-complete" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l task-id -d '[required] The ID of the task to wait for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l wait-timeout -d 'Gives up waiting after this many seconds (exit 5); the task keeps running.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from detect-mitigation-actions-task-complete" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l task-id -d '[required] The ID of the task to wait for.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l wait-timeout -d 'Gives up waiting after this many seconds (exit 5); the task keeps running.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l endpoint-url -d 'Sends requests to this URL instead of the service\'s endpoint.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l output -d 'The output format (default json, or the profile\'s output setting).' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l query -d 'A JMESPath query applied to the result before it is printed.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l profile -d 'A profile from the AWS config and credentials files.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l region -d 'The AWS Region to send requests to.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l color -d 'Whether to color the output.' -r -f -a "on\t''
off\t''
auto\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l ca-bundle -d 'The CA certificate bundle used to verify TLS certificates.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l cli-read-timeout -d 'The longest wait for a response, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l cli-connect-timeout -d 'The longest wait for a connection, in seconds; 0 waits forever. Default 60.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l cli-binary-format -d 'How binary values are given (accepted for compatibility with the AWS CLI).' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l cli-error-format -d 'How errors are printed on stderr: enhanced (the default: the message, then the error\'s other members), legacy (the message only), or the error document as json, yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile\'s cli_error_format).' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l local-state -d 'The local endpoint\'s state file; implies --local (also IOTMIT_LOCAL_STATE).' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l debug -d 'Prints every request and response on stderr, with credentials redacted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l no-verify-ssl -d 'Does not verify TLS certificates (a warning is printed).'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l no-paginate -d 'Makes one call to a list command instead of following every page.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l version -d 'Prints the version and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l no-sign-request -d 'Sends requests unsigned; no credentials are loaded.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l no-cli-pager -d 'Prints the output without a pager.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l cli-auto-prompt -d 'Asks for the command\'s parameters at a terminal; iotmit has no prompt, and refuses when the input is not a terminal, as the AWS CLI does.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l no-cli-auto-prompt -d 'Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.'
complete -c iotmit -n "__fish_iotmit_using_subcommand wait; and __fish_seen_subcommand_from audit-task-complete" -l local -d 'Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).'
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and not __fish_seen_subcommand_from serve" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and not __fish_seen_subcommand_from serve" -f -a "serve" -d 'Runs the local AWS IoT mitigation endpoint until interrupted.'
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and __fish_seen_subcommand_from serve" -l port -d 'The port to listen on; 0 (the default) picks a free port.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and __fish_seen_subcommand_from serve" -l bind -d 'The address to listen on (default 127.0.0.1).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and __fish_seen_subcommand_from serve" -l state -d 'The SQLite state file, created if missing.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and __fish_seen_subcommand_from serve" -l seed -d 'A seed file of findings and violations that replaces the demo data set.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and __fish_seen_subcommand_from serve" -l execution-ms -d 'How long each mitigation action execution takes, in milliseconds (default 200).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and __fish_seen_subcommand_from serve" -l faults -d 'Injects faults: throttle=P,error=P,latency=DURATION,reset=P (P a probability).' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and __fish_seen_subcommand_from serve" -l fault-seed -d 'The seed of the fault injection\'s random choices, to replay a run.' -r -f
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and __fish_seen_subcommand_from serve" -l credentials -d 'A shared-credentials file whose access keys the endpoint verifies signatures with.' -r -F
complete -c iotmit -n "__fish_iotmit_using_subcommand local; and __fish_seen_subcommand_from serve" -s h -l help -d 'Shows the help and exits.'
complete -c iotmit -n "__fish_iotmit_using_subcommand completion" -s h -l help -d 'Shows the help and exits.'

# ----------------------------------------------------------------------------------------------
# iotmit additions to the completions above (generated by clap_complete from the same
# description): paths after file:// or fileb:// for any option of a command, the top-level
# shorthand keys of structured options after a comma (--target auditTaskId=ID,<TAB>), and, with
# IOTMIT_COMPLETE_ACTIONS=1, the names of existing mitigation actions after --action-name and --actions, from
# `iotmit __complete-action-names` (kept by iotmit for about 60 seconds), with the profile, Region and
# endpoint given on the line passed along.

# Prints the command, the option whose value is being completed and the value typed so far, one
# a line (empty lines when there is none).
function __iotmit_value_context
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l command ''
    set -l i 2
    while test $i -le (count $tokens)
        switch $tokens[$i]
            case iot '--*=*'
            case '--endpoint-url' '--output' '--query' '--profile' '--region' '--color' '--ca-bundle' '--cli-read-timeout' '--cli-connect-timeout' '--cli-binary-format' '--cli-error-format' '--local-state'
                set i (math $i + 1)
            case '-*'
            case '*'
                set command $tokens[$i]
                break
        end
        set i (math $i + 1)
    end
    set -l option ''
    set -l value $current
    if string match -q -- '--*=*' $current
        set option (string replace -r -- '=.*' '' $current)
        set value (string replace -r -- '^[^=]*=' '' $current)
    else if not string match -q -- '-*' $current
        set -l j (count $tokens)
        if test $j -gt 1; and string match -q -- '--*' $tokens[$j]; and not string match -q -- '*=*' $tokens[$j]
            set option $tokens[$j]
        else
            while test $j -gt 1; and not string match -q -- '-*' $tokens[$j]
                set j (math $j - 1)
            end
            if contains -- "$command $tokens[$j]" 'create-mitigation-action --tags' 'start-detect-mitigation-actions-task --actions' 'create-scheduled-audit --tags' 'create-security-profile --behaviors' 'create-security-profile --additional-metrics-to-retain-v2' 'create-security-profile --tags' 'update-security-profile --behaviors' 'update-security-profile --additional-metrics-to-retain-v2' 'validate-security-profile-behaviors --behaviors' 'create-dimension --tags' 'create-custom-metric --tags' 'register-ca-certificate --tags' 'create-thing-group --tags' 'create-dynamic-thing-group --tags' 'create-policy --tags' 'create-role-alias --tags' 'set-v2-logging-options --event-configurations' 'tag-resource --tags'
                set option $tokens[$j]
            end
        end
    end
    printf '%s\n' "$command" "$option" "$value"
end

# Prints the kind of extra values for the value being completed: file, keys, actions, or nothing.
function __iotmit_value_kind
    set -l context (__iotmit_value_context)
    test -n "$context[1]"; and test -n "$context[2]"; or return 1
    if string match -q -r -- '^fileb?://' "$context[3]"
        echo file
    else if test "$IOTMIT_COMPLETE_ACTIONS" = 1; and contains -- "$context[1] $context[2]" 'update-mitigation-action --action-name' 'describe-mitigation-action --action-name' 'delete-mitigation-action --action-name' 'start-detect-mitigation-actions-task --actions'
        echo actions
    else if string match -q -- '*,*' "$context[3]"; and contains -- "$context[1] $context[2]" 'create-mitigation-action --action-params' 'create-mitigation-action --tags' 'update-mitigation-action --action-params' 'start-audit-mitigation-actions-task --target' 'start-detect-mitigation-actions-task --target' 'start-detect-mitigation-actions-task --violation-event-occurrence-range' 'list-audit-findings --resource-identifier' 'create-audit-suppression --resource-identifier' 'describe-audit-suppression --resource-identifier' 'list-audit-suppressions --resource-identifier' 'update-audit-suppression --resource-identifier' 'delete-audit-suppression --resource-identifier' 'create-scheduled-audit --tags' 'create-security-profile --behaviors' 'create-security-profile --additional-metrics-to-retain-v2' 'create-security-profile --tags' 'create-security-profile --metrics-export-config' 'update-security-profile --behaviors' 'update-security-profile --additional-metrics-to-retain-v2' 'update-security-profile --metrics-export-config' 'validate-security-profile-behaviors --behaviors' 'create-dimension --tags' 'create-custom-metric --tags' 'register-ca-certificate --registration-config' 'register-ca-certificate --tags' 'update-ca-certificate --registration-config' 'create-thing --attribute-payload' 'create-thing-group --thing-group-properties' 'create-thing-group --tags' 'create-dynamic-thing-group --thing-group-properties' 'create-dynamic-thing-group --tags' 'create-policy --tags' 'create-role-alias --tags' 'set-v2-logging-options --event-configurations' 'set-logging-options --logging-options-payload' 'tag-resource --tags'
        echo keys
    else
        return 1
    end
end

function __iotmit_shorthand_keys
    switch "$argv[1] $argv[2]"
        case 'create-mitigation-action --action-params'
            printf '%s\n' updateDeviceCertificateParams= updateCACertificateParams= addThingsToThingGroupParams= replaceDefaultPolicyVersionParams= enableIoTLoggingParams= publishFindingToSnsParams=
        case 'create-mitigation-action --tags'
            printf '%s\n' Key= Value=
        case 'update-mitigation-action --action-params'
            printf '%s\n' updateDeviceCertificateParams= updateCACertificateParams= addThingsToThingGroupParams= replaceDefaultPolicyVersionParams= enableIoTLoggingParams= publishFindingToSnsParams=
        case 'start-audit-mitigation-actions-task --target'
            printf '%s\n' auditTaskId= findingIds= auditCheckToReasonCodeFilter=
        case 'start-detect-mitigation-actions-task --target'
            printf '%s\n' violationIds= securityProfileName= behaviorName=
        case 'start-detect-mitigation-actions-task --violation-event-occurrence-range'
            printf '%s\n' startTime= endTime=
        case 'list-audit-findings --resource-identifier'
            printf '%s\n' deviceCertificateId= caCertificateId= cognitoIdentityPoolId= clientId= policyVersionIdentifier= account= iamRoleArn= roleAliasArn= issuerCertificateIdentifier= deviceCertificateArn=
        case 'create-audit-suppression --resource-identifier'
            printf '%s\n' deviceCertificateId= caCertificateId= cognitoIdentityPoolId= clientId= policyVersionIdentifier= account= iamRoleArn= roleAliasArn= issuerCertificateIdentifier= deviceCertificateArn=
        case 'describe-audit-suppression --resource-identifier'
            printf '%s\n' deviceCertificateId= caCertificateId= cognitoIdentityPoolId= clientId= policyVersionIdentifier= account= iamRoleArn= roleAliasArn= issuerCertificateIdentifier= deviceCertificateArn=
        case 'list-audit-suppressions --resource-identifier'
            printf '%s\n' deviceCertificateId= caCertificateId= cognitoIdentityPoolId= clientId= policyVersionIdentifier= account= iamRoleArn= roleAliasArn= issuerCertificateIdentifier= deviceCertificateArn=
        case 'update-audit-suppression --resource-identifier'
            printf '%s\n' deviceCertificateId= caCertificateId= cognitoIdentityPoolId= clientId= policyVersionIdentifier= account= iamRoleArn= roleAliasArn= issuerCertificateIdentifier= deviceCertificateArn=
        case 'delete-audit-suppression --resource-identifier'
            printf '%s\n' deviceCertificateId= caCertificateId= cognitoIdentityPoolId= clientId= policyVersionIdentifier= account= iamRoleArn= roleAliasArn= issuerCertificateIdentifier= deviceCertificateArn=
        case 'create-scheduled-audit --tags'
            printf '%s\n' Key= Value=
        case 'create-security-profile --behaviors'
            printf '%s\n' name= metric= metricDimension= criteria= suppressAlerts= exportMetric=
        case 'create-security-profile --additional-metrics-to-retain-v2'
            printf '%s\n' metric= metricDimension= exportMetric=
        case 'create-security-profile --tags'
            printf '%s\n' Key= Value=
        case 'create-security-profile --metrics-export-config'
            printf '%s\n' mqttTopic= roleArn=
        case 'update-security-profile --behaviors'
            printf '%s\n' name= metric= metricDimension= criteria= suppressAlerts= exportMetric=
        case 'update-security-profile --additional-metrics-to-retain-v2'
            printf '%s\n' metric= metricDimension= exportMetric=
        case 'update-security-profile --metrics-export-config'
            printf '%s\n' mqttTopic= roleArn=
        case 'validate-security-profile-behaviors --behaviors'
            printf '%s\n' name= metric= metricDimension= criteria= suppressAlerts= exportMetric=
        case 'create-dimension --tags'
            printf '%s\n' Key= Value=
        case 'create-custom-metric --tags'
            printf '%s\n' Key= Value=
        case 'register-ca-certificate --registration-config'
            printf '%s\n' templateBody= roleArn= templateName=
        case 'register-ca-certificate --tags'
            printf '%s\n' Key= Value=
        case 'update-ca-certificate --registration-config'
            printf '%s\n' templateBody= roleArn= templateName=
        case 'create-thing --attribute-payload'
            printf '%s\n' attributes= merge=
        case 'create-thing-group --thing-group-properties'
            printf '%s\n' thingGroupDescription= attributePayload=
        case 'create-thing-group --tags'
            printf '%s\n' Key= Value=
        case 'create-dynamic-thing-group --thing-group-properties'
            printf '%s\n' thingGroupDescription= attributePayload=
        case 'create-dynamic-thing-group --tags'
            printf '%s\n' Key= Value=
        case 'create-policy --tags'
            printf '%s\n' Key= Value=
        case 'create-role-alias --tags'
            printf '%s\n' Key= Value=
        case 'set-v2-logging-options --event-configurations'
            printf '%s\n' eventType= logLevel= logDestination=
        case 'set-logging-options --logging-options-payload'
            printf '%s\n' roleArn= logLevel=
        case 'tag-resource --tags'
            printf '%s\n' Key= Value=
    end
end

function __iotmit_action_names
    set -l tokens (commandline -opc)
    set -l pass
    set -l i 2
    while test $i -le (count $tokens)
        switch $tokens[$i]
            case '--profile' '--region' '--endpoint-url' '--ca-bundle' '--local-state'
                set -l next (math $i + 1)
                if test $next -le (count $tokens)
                    set -a pass $tokens[$i] $tokens[$next]
                end
                set i $next
            case '--profile=*' '--region=*' '--endpoint-url=*' '--ca-bundle=*' '--local-state=*' '--local' '--no-verify-ssl' '--no-sign-request'
                set -a pass $tokens[$i]
        end
        set i (math $i + 1)
    end
    $tokens[1] $pass __complete-action-names 2>/dev/null
end

# Prints the extra values for the value being completed (fish puts back a leading --option=).
function __iotmit_values
    set -l context (__iotmit_value_context)
    switch (__iotmit_value_kind)
        case file
            set -l scheme (string match -r -- '^fileb?://' "$context[3]")
            set -l path (string replace -r -- '^fileb?://' '' "$context[3]")
            for p in (__fish_complete_path "$path")
                printf '%s%s\n' "$scheme" (string split -f1 \t -- $p)
            end
        case actions
            for name in (__iotmit_action_names)
                printf '%s\n' "$name"
            end
        case keys
            if not string match -q -r -- '[\{\[]' "$context[3]"
                set -l head (string replace -r -- ',[^,]*$' ',' "$context[3]")
                for key in (__iotmit_shorthand_keys $context[1] $context[2])
                    printf '%s%s\n' "$head" "$key"
                end
            end
    end
end

# After the option (--target <TAB>), fish only asks the option's own completions; further words of
# a list option (--actions NAME <TAB>) come to the last line.
complete -c iotmit -n '__fish_iotmit_using_subcommand create-mitigation-action; and __iotmit_value_kind >/dev/null' -l action-params -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-mitigation-action; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-mitigation-action; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-mitigation-action; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-mitigation-action; and __iotmit_value_kind >/dev/null' -l action-name -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-mitigation-action; and __iotmit_value_kind >/dev/null' -l action-params -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-mitigation-action; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-mitigation-action; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-mitigation-action; and __iotmit_value_kind >/dev/null' -l action-name -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-mitigation-action; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-mitigation-action; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-mitigation-actions; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-mitigation-actions; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-mitigation-action; and __iotmit_value_kind >/dev/null' -l action-name -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-mitigation-action; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-mitigation-action; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-audit-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l target -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-audit-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l audit-check-to-actions-mapping -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-audit-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-audit-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand cancel-audit-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-audit-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-mitigation-actions-tasks; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-mitigation-actions-executions; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-detect-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l target -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-detect-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l actions -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-detect-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l violation-event-occurrence-range -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-detect-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-detect-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand cancel-detect-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-detect-mitigation-actions-task; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-detect-mitigation-actions-tasks; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-detect-mitigation-actions-executions; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-account-audit-configuration; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-account-audit-configuration; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-account-audit-configuration; and __iotmit_value_kind >/dev/null' -l audit-notification-target-configurations -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-account-audit-configuration; and __iotmit_value_kind >/dev/null' -l audit-check-configurations -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-account-audit-configuration; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-account-audit-configuration; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-account-audit-configuration; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-account-audit-configuration; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-on-demand-audit-task; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand start-on-demand-audit-task; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-audit-task; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-audit-task; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-tasks; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-tasks; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand cancel-audit-task; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand cancel-audit-task; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-findings; and __iotmit_value_kind >/dev/null' -l resource-identifier -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-findings; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-findings; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-audit-finding; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-audit-finding; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-audit-suppression; and __iotmit_value_kind >/dev/null' -l resource-identifier -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-audit-suppression; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-audit-suppression; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-audit-suppression; and __iotmit_value_kind >/dev/null' -l resource-identifier -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-audit-suppression; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-audit-suppression; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-suppressions; and __iotmit_value_kind >/dev/null' -l resource-identifier -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-suppressions; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-audit-suppressions; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-audit-suppression; and __iotmit_value_kind >/dev/null' -l resource-identifier -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-audit-suppression; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-audit-suppression; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-audit-suppression; and __iotmit_value_kind >/dev/null' -l resource-identifier -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-audit-suppression; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-audit-suppression; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-active-violations; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-active-violations; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-violation-events; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-violation-events; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-scheduled-audit; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-scheduled-audit; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-scheduled-audit; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-scheduled-audit; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-scheduled-audit; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-scheduled-audits; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-scheduled-audits; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-scheduled-audit; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-scheduled-audit; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-scheduled-audit; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-scheduled-audit; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-related-resources-for-audit-finding; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-related-resources-for-audit-finding; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-security-profile; and __iotmit_value_kind >/dev/null' -l behaviors -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-security-profile; and __iotmit_value_kind >/dev/null' -l alert-targets -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-security-profile; and __iotmit_value_kind >/dev/null' -l additional-metrics-to-retain-v2 -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-security-profile; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-security-profile; and __iotmit_value_kind >/dev/null' -l metrics-export-config -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-security-profiles; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-security-profiles; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-security-profile; and __iotmit_value_kind >/dev/null' -l behaviors -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-security-profile; and __iotmit_value_kind >/dev/null' -l alert-targets -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-security-profile; and __iotmit_value_kind >/dev/null' -l additional-metrics-to-retain-v2 -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-security-profile; and __iotmit_value_kind >/dev/null' -l metrics-export-config -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand validate-security-profile-behaviors; and __iotmit_value_kind >/dev/null' -l behaviors -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand validate-security-profile-behaviors; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand validate-security-profile-behaviors; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand attach-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand attach-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand detach-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand detach-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-security-profiles-for-target; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-security-profiles-for-target; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-targets-for-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-targets-for-security-profile; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-dimension; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-dimension; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-dimension; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-dimension; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-dimension; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-dimensions; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-dimensions; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-dimension; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-dimension; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-dimension; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-dimension; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-custom-metric; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-custom-metric; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-custom-metric; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-custom-metric; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-custom-metric; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-custom-metrics; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-custom-metrics; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-custom-metric; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-custom-metric; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-custom-metric; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-custom-metric; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand put-verification-state-on-violation; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand put-verification-state-on-violation; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-behavior-model-training-summaries; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-behavior-model-training-summaries; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-keys-and-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-keys-and-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand register-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand register-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand register-certificate-without-ca; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand register-certificate-without-ca; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-certificates; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-certificates; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-certificates-by-ca; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-certificates-by-ca; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand register-ca-certificate; and __iotmit_value_kind >/dev/null' -l registration-config -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand register-ca-certificate; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand register-ca-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand register-ca-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-ca-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-ca-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-ca-certificates; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-ca-certificates; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-ca-certificate; and __iotmit_value_kind >/dev/null' -l registration-config -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-ca-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand update-ca-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-ca-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-ca-certificate; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-thing; and __iotmit_value_kind >/dev/null' -l attribute-payload -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-thing; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-thing; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-thing; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-thing; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-things; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-things; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-thing; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-thing; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand attach-thing-principal; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand attach-thing-principal; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand detach-thing-principal; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand detach-thing-principal; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-thing-principals; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-thing-principals; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-principal-things; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-principal-things; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-thing-group; and __iotmit_value_kind >/dev/null' -l thing-group-properties -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-thing-group; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-dynamic-thing-group; and __iotmit_value_kind >/dev/null' -l thing-group-properties -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-dynamic-thing-group; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-dynamic-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-dynamic-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-thing-groups; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-thing-groups; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand add-thing-to-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand add-thing-to-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand remove-thing-from-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand remove-thing-from-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-things-in-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-things-in-thing-group; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-thing-groups-for-thing; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-thing-groups-for-thing; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-policy; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-policy; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-policy; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-policy; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-policy; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-policies; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-policies; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-policy; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-policy; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-policy-version; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-policy-version; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-policy-version; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-policy-version; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-policy-versions; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-policy-versions; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand set-default-policy-version; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand set-default-policy-version; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-policy-version; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-policy-version; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand attach-policy; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand attach-policy; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand detach-policy; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand detach-policy; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-attached-policies; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-attached-policies; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-targets-for-policy; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-targets-for-policy; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-role-alias; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-role-alias; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand create-role-alias; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-role-alias; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand describe-role-alias; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-role-aliases; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-role-aliases; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-role-alias; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand delete-role-alias; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-v2-logging-options; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-v2-logging-options; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand set-v2-logging-options; and __iotmit_value_kind >/dev/null' -l event-configurations -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand set-v2-logging-options; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand set-v2-logging-options; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-logging-options; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand get-logging-options; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand set-logging-options; and __iotmit_value_kind >/dev/null' -l logging-options-payload -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand set-logging-options; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand set-logging-options; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand tag-resource; and __iotmit_value_kind >/dev/null' -l tags -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand tag-resource; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand tag-resource; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand untag-resource; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand untag-resource; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-tags-for-resource; and __iotmit_value_kind >/dev/null' -l cli-input-json -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__fish_iotmit_using_subcommand list-tags-for-resource; and __iotmit_value_kind >/dev/null' -l cli-input-yaml -r -f -a '(__iotmit_values)'
complete -c iotmit -n '__iotmit_value_kind >/dev/null' -f -a '(__iotmit_values)'
