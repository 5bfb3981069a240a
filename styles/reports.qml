<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms" labelsEnabled="0">
  <renderer-v2 type="RuleRenderer" symbollevels="0" referencescale="-1" enableorderby="0" forceraster="0">
    <rules key="{6b7922bd-2244-4714-8e54-17c3c8b08bca}">
      <rule filter="&quot;status&quot; = 'new'" symbol="0" key="{94c7dbd9-b966-424f-8c5c-30efda8175d9}" label="신규 제보"/>
    </rules>
    <symbols>
      <symbol type="marker" alpha="1" name="0" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleMarker" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="255,255,51,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="triangle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0,0,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.3" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="3.2" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="255,255,51,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="triangle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="0,0,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="3.2"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="Hidden">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="received_on" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="allow_null"/>
            <Option type="bool" value="true" name="calendar_popup"/>
            <Option type="QString" value="yyyy-MM-dd" name="display_format"/>
            <Option type="QString" value="yyyy-MM-dd" name="field_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="channel" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="kakaotalk" name="카카오톡"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="call_centre" name="콜센터"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="partner" name="협약기관"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="visitor" name="방문자"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="walk_in" name="방문상담"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="other" name="기타"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="reporter_role" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="official" name="공무원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="welfare_block_leader" name="복지통장"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="honorary_officer" name="명예사회복지공무원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="council_member" name="지역사회보장협의체 위원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="care_corps" name="우리동네돌봄단"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="visiting_nurse" name="방문간호사"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="welfare_planner" name="복지플래너"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="postal_carrier" name="집배원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="meter_reader" name="검침원"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="police" name="경찰"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="utility" name="가스·수도·전력"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="yakult" name="야쿠르트"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="rice_delivery" name="양곡배달"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="other_partner" name="기타 협약기관"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="address" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="description" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="new" name="신규"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="assigned" name="배정"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="visited" name="방문완료"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="closed" name="종결"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="household_id" configurationFlags="None">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="id" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="households" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="true" name="OrderByValue"/>
            <Option type="bool" value="true" name="UseCompleter"/>
            <Option type="QString" value="id" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="dong_code" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="created_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="created_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" name="" index="0"/>
    <alias field="id" name="ID" index="1"/>
    <alias field="received_on" name="접수일" index="2"/>
    <alias field="channel" name="제보경로" index="3"/>
    <alias field="reporter_role" name="제보자" index="4"/>
    <alias field="address" name="주소" index="5"/>
    <alias field="description" name="내용" index="6"/>
    <alias field="status" name="상태" index="7"/>
    <alias field="household_id" name="가구" index="8"/>
    <alias field="dong_code" name="행정동" index="9"/>
    <alias field="created_at" name="등록일시" index="10"/>
    <alias field="created_by" name="등록자" index="11"/>
    <alias field="updated_at" name="수정일시" index="12"/>
    <alias field="updated_by" name="수정자" index="13"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="id" expression="uuid('WithoutBraces')" applyOnUpdate="0"/>
    <default field="received_on" expression="" applyOnUpdate="0"/>
    <default field="channel" expression="" applyOnUpdate="0"/>
    <default field="reporter_role" expression="" applyOnUpdate="0"/>
    <default field="address" expression="" applyOnUpdate="0"/>
    <default field="description" expression="" applyOnUpdate="0"/>
    <default field="status" expression="" applyOnUpdate="0"/>
    <default field="household_id" expression="" applyOnUpdate="0"/>
    <default field="dong_code" expression="aggregate('districts', 'max', &quot;code&quot;, intersects(@geometry, geometry(@parent)) AND &quot;level&quot; = 'dong')" applyOnUpdate="1"/>
    <default field="created_at" expression="" applyOnUpdate="0"/>
    <default field="created_by" expression="@user_account_name" applyOnUpdate="0"/>
    <default field="updated_at" expression="now()" applyOnUpdate="1"/>
    <default field="updated_by" expression="@user_account_name" applyOnUpdate="1"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" unique_strength="1" constraints="3" notnull_strength="1"/>
    <constraint field="id" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="received_on" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="channel" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="reporter_role" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="address" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="description" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="status" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="household_id" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="dong_code" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="created_at" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="created_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_at" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="id" exp="" desc=""/>
    <constraint field="received_on" exp="" desc=""/>
    <constraint field="channel" exp="" desc=""/>
    <constraint field="reporter_role" exp="" desc=""/>
    <constraint field="address" exp="" desc=""/>
    <constraint field="description" exp="" desc=""/>
    <constraint field="status" exp="" desc=""/>
    <constraint field="household_id" exp="" desc=""/>
    <constraint field="dong_code" exp="" desc=""/>
    <constraint field="created_at" exp="" desc=""/>
    <constraint field="created_by" exp="" desc=""/>
    <constraint field="updated_at" exp="" desc=""/>
    <constraint field="updated_by" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field name="created_at" editable="0"/>
    <field name="created_by" editable="0"/>
    <field name="id" editable="0"/>
    <field name="updated_at" editable="0"/>
    <field name="updated_by" editable="0"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>0</layerGeometryType>
</qgis>
